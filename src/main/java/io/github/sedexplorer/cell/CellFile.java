package io.github.sedexplorer.cell;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The versioned JSON cell file the editor opens and saves:
 * <pre>{@code
 * { "format": "sed-explorer-cell", "version": 1, "space": "nb201", "title": "...", "notes": "...",
 *   "steps": [ { "text": "...", "check": "edge", "from": 0, "to": 1, "op": "nor_conv_3x3" },
 *              { "text": "...", "check": "nodes", "count": 6 }, { "text": "...", "check": "score", "above": 0.5 } ],
 *   "cells": [ { "name": "cell",
 *                "nodes": [ { "id": 0, "role": "input", "op": null, "x": 40.0, "y": 120.0 }, ... ],
 *                "edges": [ { "from": 0, "to": 1, "op": "nor_conv_3x3" }, ... ] } ] }
 * }</pre>
 * DARTS files hold two cells, "normal" then "reduce". Ops are spelled as the space spells them; only
 * NAS-Bench-101 interior nodes carry an op (and NB101 edges none). Positions are optional per node. Steps
 * (a lesson's, see {@link CellFileSteps}) are optional and written only when there are some, so a file without
 * them reads and writes as before.
 */
public final class CellFile {

    public static final String FORMAT = "sed-explorer-cell";
    public static final int VERSION = 1;

    /** A child of the program's logger: the app's error log (log.ErrorLog) writes its records to its file. */
    private static final Logger LOG = Logger.getLogger("io.github.sedexplorer.cell");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private CellFile() {
    }

    /**
     * Reads a cell file's text.
     *
     * @throws CellFormatException for malformed JSON (with line and column) or a document that is not a
     *         valid cell file (with the JSON path of the problem)
     * @throws CellRuleException   for a cell that breaks its space's rules (the message names the cell's JSON path)
     */
    public static CellDocument read(String json) {
        return CellFileReader.read(json);
    }

    /**
     * Reads a cell file.
     *
     * @throws SedException naming the file when it cannot be read; otherwise as {@link #read(String)}
     */
    public static CellDocument read(Path file) {
        removeStaleTemps(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SedException("cannot read cell file " + file + ": " + describe(e), e);
        }
        return read(text);
    }

    /** The document as pretty-printed JSON, keys in a fixed order, ending in a newline. */
    public static String write(CellDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        Architecture arch = doc.architecture();
        SearchSpace space = arch.space();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("space", space.id());
        root.put("title", doc.title());
        root.put("notes", doc.notes());
        if (!doc.steps().isEmpty()) {
            CellFileSteps.write(root.putArray("steps"), doc.steps(), space);
        }
        ArrayNode cells = root.putArray("cells");
        for (int i = 0; i < arch.cells().size(); i++) {
            writeCell(cells.addObject(), arch.cellName(i), arch.cells().get(i), doc.layout(i));
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers failed to print", e);
        }
    }

    private static void writeCell(ObjectNode out, String name, Cell cell, Map<Integer, NodePosition> layout) {
        SearchSpace space = cell.space();
        out.put("name", name);
        ArrayNode nodes = out.putArray("nodes");
        for (int i = 0; i < cell.nodeCount(); i++) {
            Node node = cell.node(i);
            ObjectNode n = nodes.addObject();
            n.put("id", i);
            n.put("role", node.role().name().toLowerCase(Locale.ROOT));
            n.put("op", space.nodeLabelled() && node.role() == NodeRole.INTERMEDIATE ? space.opName(node.op()) : null);
            NodePosition p = layout.get(i);
            if (p != null) {
                n.put("x", p.x());
                n.put("y", p.y());
            }
        }
        ArrayNode edges = out.putArray("edges");
        for (Edge e : cell.edges()) {
            ObjectNode j = edges.addObject();
            j.put("from", e.from());
            j.put("to", e.to());
            j.put("op", space.nodeLabelled() ? null : space.opName(e.op()));
        }
    }

    /**
     * Saves atomically: the text goes to a temporary file beside the target, which then replaces it in
     * one move, so a crash never leaves a half-written file (non-atomic replace where the file system
     * cannot move atomically).
     *
     * @throws SedException naming the file when it cannot be written
     */
    public static void write(CellDocument doc, Path file) {
        writeAtomically(write(doc), file, "cell file");
    }

    /**
     * Writes text atomically (see {@link #write(CellDocument, Path)}); also used for model files, exports and
     * the editor's recovery journal.
     *
     * @param what the kind of file, for the message ("cell file", "model file")
     * @throws SedException naming the file when it cannot be written
     */
    public static void writeAtomically(String text, Path file, String what) {
        writeAtomically(text.getBytes(StandardCharsets.UTF_8), file, what);
    }

    /**
     * Writes bytes atomically (a PNG image ...): to a temporary file {@code .NAME.HEX.tmp} beside the target,
     * forced to disk, then moved over the target. Stale temporary files of that name (left by a kill during
     * an earlier write) are removed first.
     *
     * @param what the kind of file, for the message ("PNG image", "CSV file")
     * @throws SedException naming the file when it cannot be written
     */
    public static void writeAtomically(byte[] bytes, Path file, String what) {
        Path target = file.toAbsolutePath();
        removeStaleTemps(target);
        Path temp = null;
        try {
            temp = createTemp(target);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new SedException("cannot write " + what + " " + file + ": " + describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; that error is the one to report
                }
            }
        }
    }

    /** How old a temporary file must be before it counts as left behind rather than being written right now. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    /**
     * Removes the temporary files {@link #writeAtomically} leaves beside {@code file} when it is killed mid-write:
     * only names {@code .NAME.HEX.tmp} of exactly this file name, and only those last modified more than
     * {@link #STALE_AFTER} ago (a write in progress, ours or another program's, is younger). Called when the file
     * is next saved or opened. A temporary file that cannot be removed is logged, never reported: the save or open
     * goes on.
     */
    public static void removeStaleTemps(Path file) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path name = target.getFileName();
        if (dir == null || name == null || !Files.isDirectory(dir)) {
            return;
        }
        Pattern ours = Pattern.compile(
                "\\." + Pattern.quote(name.toString()) + "\\.[0-9a-f]{1,16}\\.tmp");
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir,
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path temp : temps) {
                try {
                    if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot remove the stale temporary file " + temp, e);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot look for stale temporary files of " + target, e);
        }
    }

    /** Created with CREATE_NEW rather than createTempFile, which would give the saved file owner-only permissions. */
    private static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    /** Nodes and edges one per line, everything above them one key per line; LF on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter.Indenter objects = new DefaultPrettyPrinter.Indenter() {
            @Override
            public void writeIndentation(JsonGenerator g, int level) throws IOException {
                // level 4 closes and level 5 holds the entries of a node or edge object
                if (level >= 4) {
                    g.writeRaw(' ');
                } else {
                    lines.writeIndentation(g, level);
                }
            }

            @Override
            public boolean isInline() {
                return false;
            }
        };
        return new DefaultPrettyPrinter(separators).withArrayIndenter(lines).withObjectIndenter(objects);
    }
}

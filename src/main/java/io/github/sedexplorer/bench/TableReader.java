package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SedException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * Reads a benchmark table from a file: CSV/TSV with a header (delimiter detected), or JSON (an
 * array of row objects, or an object keyed by architecture). Streams the file, reports progress,
 * stops on cancellation, and says precisely what is wrong with a file that is not a table.
 */
public final class TableReader {

    private static final int SNIFF = 64 * 1024;

    private TableReader() {
    }

    public static BenchmarkTable read(Path file) {
        return read(file, ReadOptions.detect(), LoadMonitor.NONE);
    }

    /**
     * @throws SedException naming the file and what is wrong with it
     * @throws CancellationException when the monitor cancels
     */
    public static BenchmarkTable read(Path file, ReadOptions options, LoadMonitor monitor) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new SedException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new SedException("cannot read " + file + ": " + e.getMessage());
        }
        return read(name, file.toString(), () -> Files.newInputStream(file), size, options, monitor);
    }

    /** Opens a table's bytes, from the start, each time it is called (the reader sniffs the first bytes, then reads). */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads a table that is not a file of its own (one inside the jar, see {@link SampleTables}) as a file is read.
     *
     * @param name  the table's name, as {@link BenchmarkTable#source()} and messages give it
     * @param open  its bytes (uncompressed), opened afresh on each call
     * @param size  the number of bytes {@code open} gives, for progress; 0 when unknown
     * @throws SedException naming the table and what is wrong with it
     * @throws CancellationException when the monitor cancels
     */
    public static BenchmarkTable read(String name, Opener open, long size, ReadOptions options, LoadMonitor monitor) {
        return read(name, name, open, size, options, monitor);
    }

    private static BenchmarkTable read(String name, String where, Opener open, long size, ReadOptions options, LoadMonitor monitor) {
        byte[] head;
        try (InputStream in = open.open()) {
            head = in.readNBytes(SNIFF);
        } catch (NoSuchFileException e) {
            throw new SedException("cannot read " + where + ": no such file");
        } catch (IOException e) {
            throw new SedException("cannot read " + where + ": " + e.getMessage());
        }
        if (head.length == 0 || new String(head, StandardCharsets.UTF_8).isBlank()) {
            throw new SedException(name + " is empty: a table needs a header row and data rows");
        }
        checkText(name, head, size > 0 ? head.length == size : head.length < SNIFF);
        char first = firstChar(head);
        try (CountingInputStream in = new CountingInputStream(open.open())) {
            Progress progress = new Progress(in, size, monitor);
            return first == '[' || first == '{'
                    ? JsonTableReader.read(name, in, options, progress)
                    : CsvTableReader.read(name, in, options, progress);
        } catch (CharacterCodingException e) {
            throw new SedException(name + " is not UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            throw new SedException("cannot read " + where + ": " + e.getMessage());
        }
    }

    private static void checkText(String name, byte[] head, boolean whole) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new SedException(name + " is not a text table: byte " + i + " is binary (NUL)");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        var result = utf8.decode(bytes, CharBuffer.allocate(head.length), true);
        // the sniffed block may end inside a multi-byte character: only complain before its last 3 bytes
        if (result.isError() && (whole || bytes.position() < head.length - 3)) {
            throw new SedException(name + " is not a text table: byte " + bytes.position() + " is not UTF-8 text");
        }
    }

    private static char firstChar(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c;
            }
        }
        return ' ';
    }

    /** Progress and cancellation, checked every few thousand rows by the readers. */
    static final class Progress {
        private final CountingInputStream in;
        private final long size;
        private final LoadMonitor monitor;
        private long rows;

        Progress(CountingInputStream in, long size, LoadMonitor monitor) {
            this.in = in;
            this.size = size;
            this.monitor = monitor;
        }

        void row() {
            if ((++rows & 4095) == 0) {
                check();
            }
        }

        void check() {
            if (monitor.cancelled()) {
                throw new CancellationException("loading cancelled");
            }
            monitor.progress(in.count(), size);
        }

        void done() {
            monitor.progress(size, size);
        }
    }

    static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

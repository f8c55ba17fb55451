package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.StrictJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tuned SED model ({@link ModelSpec}, named) saved as versioned JSON, usable wherever a model is (score --model
 * FILE, correlate --proxy FILE). Always labelled custom: its id is {@code custom:<name>}.
 *
 * <pre>{"format": "sed-explorer-model", "version": 1, "name": "tuned", "aggregation": "path",
 *  "channels": 2, "deltas": {"nor_conv_3x3": 1.4319, "avg_pool_3x3": -1.0986}}</pre>
 *
 * <p>Every Δ is at most {@link #MAX_ABS_DELTA} in size and C at most {@link ParamCount#MAX_CHANNELS}, so every
 * score of every cell a space allows is a finite number.
 */
public final class ModelFile {

    public static final String FORMAT = "sed-explorer-model";
    public static final int VERSION = 1;

    /**
     * The largest |Δ| a model file holds: 354. Δ = ½·ln g, and g = e^{2Δ} must be a finite, positive, normal
     * double for the flow aggregation: e^{708} ≈ 3.0·10^307 is below {@link Double#MAX_VALUE} and e^{−708} ≈
     * 3.3·10^−308 above {@link Double#MIN_NORMAL}. Path sums then stay finite too: the largest cell (a free cell of
     * 1,000 nodes with an edge between every pair) has Σ_e n(e) ≈ 1.3·10^303 edge-path incidences, so |sed-path| ≤
     * 354 · 1.3·10^303 ≈ 4.7·10^305, and sed-flow, computed in log space when v leaves the double range, is at
     * most 354 per operation along the longest path.
     */
    public static final double MAX_ABS_DELTA = 354;

    private ModelFile() {
    }

    /** Whether a model may carry this name: 1-64 letters, digits or _ . + - (it becomes part of the id). */
    public static boolean validName(String name) {
        return name != null && name.matches("[A-Za-z0-9_.+-]{1,64}");
    }

    public static boolean looksLikeFile(String id) {
        return id != null && id.endsWith(".json");
    }

    public static SedModel load(Path file) {
        return readFile(file).model();
    }

    /** The largest model file read: 1 MiB (one is a few hundred bytes; this keeps /dev/zero or a 3 GB file out). */
    static final int MAX_FILE_BYTES = 1 << 20;

    /** @throws SedException naming the file, and the JSON path of a problem in it */
    public static ModelSpec readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new SedException("model file " + file.getFileName() + " is larger than 1 MiB; a model file is a "
                        + "few hundred bytes of JSON");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new SedException("model file " + file.getFileName() + " is not UTF-8 text");
            }
            // a byte order mark (Windows editors write one) is not part of the JSON, as for tables
            return read(text);
        } catch (NoSuchFileException e) {
            throw new SedException("cannot read model file " + file + ": no such file");
        } catch (IOException e) {
            throw new SedException("cannot read model file " + file + ": " + e.getMessage());
        } catch (CellFormatException e) {
            throw new SedException("model file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** @throws CellFormatException naming the JSON path of the problem */
    public static ModelSpec read(String json) {
        JsonNode root = StrictJson.read(json);
        if (root == null || !root.isObject()) {
            throw new CellFormatException("a model file is a JSON object", "$");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new CellFormatException("not an SED Explorer model file (\"format\" must be \"" + FORMAT + "\")", "$.format");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
            throw new CellFormatException("\"version\" must be a whole number from 1", "$.version");
        }
        if (version.asInt() > VERSION) {
            throw new CellFormatException("written by a newer SED Explorer (version " + version.asInt() + "); this one reads version 1", "$.version");
        }
        JsonNode nameNode = root.path("name");
        String name = nameNode.isTextual() ? nameNode.textValue() : "";
        if (!validName(name)) {
            throw new CellFormatException("\"name\" must be 1-64 letters, digits or _ . + -", "$.name");
        }
        JsonNode agg = root.path("aggregation");
        String aggregation = agg.isMissingNode() ? "path" : agg.isTextual() ? agg.textValue() : agg.toString();
        if (!aggregation.equals("path") && !aggregation.equals("flow")) {
            throw new CellFormatException("\"aggregation\" is \"path\" or \"flow\", not " + Quote.quoted(aggregation),
                    "$.aggregation");
        }
        JsonNode c = root.get("channels");
        if (c == null || !c.isIntegralNumber() || !c.canConvertToInt() || c.asInt() < 1
                || c.asInt() > ParamCount.MAX_CHANNELS) {
            throw new CellFormatException("\"channels\" must be a whole number from 1 to " + ParamCount.MAX_CHANNELS,
                    "$.channels");
        }
        JsonNode d = root.get("deltas");
        if (d == null || !d.isObject()) {
            throw new CellFormatException("\"deltas\" must be an object of operation → Δ", "$.deltas");
        }
        Map<Op, Double> deltas = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "$.deltas." + Quote.token(e.getKey());
            Op op = Op.parse(e.getKey()).orElseThrow(() -> new CellFormatException("unknown operation "
                    + Quote.quoted(e.getKey()), at));
            if (!op.isReal()) {
                throw new CellFormatException("'none' removes the edge: it has no Δ", at);
            }
            if (!e.getValue().isNumber() || !Double.isFinite(e.getValue().asDouble())) {
                throw new CellFormatException("Δ must be a finite number", at);
            }
            if (Math.abs(e.getValue().asDouble()) > MAX_ABS_DELTA) {
                throw new CellFormatException("Δ must be between -" + (int) MAX_ABS_DELTA + " and " + (int) MAX_ABS_DELTA
                        + " (its gain e^(2Δ) must be a finite double), not " + Quote.token(e.getValue().toString()), at);
            }
            if (deltas.put(op, e.getValue().asDouble()) != null) {
                throw new CellFormatException("operation " + op.name() + " is listed twice", at);
            }
        }
        return new ModelSpec(name, aggregation.equals("flow"), c.asInt(), deltas);
    }

    /** Saves atomically, like a cell file. @throws SedException naming the file when it cannot be written */
    public static void save(ModelSpec spec, Path file) {
        CellFile.writeAtomically(write(spec), file, "model file");
    }

    /** @throws SedException when the spec holds what a model file cannot (a name, C or Δ {@link #read} would refuse) */
    public static String write(ModelSpec spec) {
        if (!validName(spec.name())) {
            throw new SedException("a model's name is 1-64 letters, digits or _ . + -, not " + Quote.quoted(spec.name()));
        }
        if (spec.channels() < 1 || spec.channels() > ParamCount.MAX_CHANNELS) {
            throw new SedException("a model's C is 1 to " + ParamCount.MAX_CHANNELS + ", not " + spec.channels());
        }
        spec.deltas().forEach((op, d) -> {
            if (!(Math.abs(d) <= MAX_ABS_DELTA)) {
                throw new SedException("Δ of " + op.name() + " must be between -" + (int) MAX_ABS_DELTA + " and "
                        + (int) MAX_ABS_DELTA + ", not " + d);
            }
        });
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", spec.name());
        root.put("aggregation", spec.flow() ? "flow" : "path");
        root.put("channels", spec.channels());
        ObjectNode d = root.putObject("deltas");
        new TreeMap<>(toNames(spec.deltas())).forEach(d::put);
        try {
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Double> toNames(Map<Op, Double> deltas) {
        Map<String, Double> out = new LinkedHashMap<>();
        deltas.forEach((op, v) -> out.put(op.name(), v));
        return out;
    }
}

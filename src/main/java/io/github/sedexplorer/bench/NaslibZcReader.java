package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The NASLib / NAS-Bench-Suite-Zero zero-cost layout
 * {@code { "<dataset>": { "<arch key>": { "idx": .., "arch": .., "val_accuracy": .., "<proxy>": {"score": x, "time": t} } } }}:
 * one row per arch key (merged over datasets), columns {@code dataset.metric}; a proxy's column holds
 * its {@code score} (the {@code time} is dropped) and the {@code arch} field, a copy of the key, is dropped.
 */
final class NaslibZcReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private NaslibZcReader() {
    }

    /**
     * Looks at the start of a JSON document (the stream must support mark/reset; it is reset):
     * true when the first dataset's first arch entry is an object with {@code val_accuracy} or a
     * {@code {"score": ..}} proxy, and the first top-level key is not itself an architecture (that is a
     * table keyed by architecture with nested per-dataset metrics).
     */
    static boolean detect(InputStream in, ReadOptions options) throws IOException {
        in.mark(1 << 20);
        try (JsonParser p = MAPPER.getFactory().createParser(new NonClosing(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            String dataset = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("val_accuracy")) {
                    return !isArchitecture(dataset, options);
                }
                if (v == JsonToken.START_OBJECT) {
                    return p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("score")
                            && !isArchitecture(dataset, options);
                }
                p.skipChildren();
            }
            return false;
        } catch (JacksonException e) {
            return false;
        } finally {
            in.reset();
        }
    }

    private static boolean isArchitecture(String key, ReadOptions options) {
        try {
            ArchitectureColumn.find(List.of("key"), List.of(List.of(key)), new ReadOptions(options.space(), "key"));
            return true;
        } catch (SedException e) {
            return false;
        }
    }

    static BenchmarkTable read(String name, InputStream in, ReadOptions options, TableReader.Progress progress)
            throws IOException {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(new NonClosing(in))) {
            try {
                root = MAPPER.readTree(parser);
            } catch (JacksonException e) {
                throw new SedException(name + ": malformed JSON " + JsonTableReader.describe(e) + " (is the file truncated?)");
            }
            JsonTableReader.rejectTrailing(name, parser, "object");
        }
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> ds = root.fields(); ds.hasNext(); ) {
            Map.Entry<String, JsonNode> dataset = ds.next();
            if (!dataset.getValue().isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = dataset.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> arch = it.next();
                String key = arch.getKey();
                Map<String, String> cells = rows.computeIfAbsent(key, k -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put(JsonTableReader.KEY_COLUMN, k);
                    return m;
                });
                where.putIfAbsent(key, "$[\"" + Quote.token(dataset.getKey()) + "\"][\"" + Quote.token(key) + "\"]");
                flatten(dataset.getKey(), key, arch.getValue(), cells);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, String> r : rows.values()) {
            names.addAll(r.keySet());
        }
        List<String> header = new ArrayList<>(names);
        List<List<String>> sample = new ArrayList<>();
        for (Map<String, String> r : rows.values()) {
            if (sample.size() >= ArchitectureColumn.SAMPLE) {
                break;
            }
            sample.add(header.stream().map(h -> r.getOrDefault(h, "")).toList());
        }
        if (rows.isEmpty()) {
            throw new SedException(name + ": the NASLib zero-cost file holds no architectures");
        }
        ArchitectureColumn arch = ArchitectureColumn.find(header, sample,
                options.archColumn() == null ? new ReadOptions(options.space(), JsonTableReader.KEY_COLUMN) : options);
        List<String> places = new ArrayList<>(where.values());
        TableBuilder table = new TableBuilder(name, arch, i -> places.get((int) i), i -> "entry " + (i + 1));
        int index = 0;
        for (Map<String, String> r : rows.values()) {
            progress.row();
            table.row(index++, r);
        }
        progress.done();
        return table.build();
    }

    private static void flatten(String dataset, String key, JsonNode entry, Map<String, String> cells) {
        if (!entry.isObject()) {
            cells.put(dataset, entry.isValueNode() ? entry.asText() : entry.toString());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            String column = dataset + "." + f.getKey();
            if (f.getKey().equals("arch") && v.isTextual() && v.asText().equals(key)) {
                continue;
            }
            if (v.isObject() && v.has("score")) {
                v = v.get("score");
            }
            cells.put(column, v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
        }
    }

    /** Keeps the reader's stream open when a Jackson parser closes. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

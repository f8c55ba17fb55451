package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.StrictJson;

import java.io.BufferedInputStream;
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
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * JSON tables, streamed element by element: an array of row objects, or an object keyed by
 * architecture whose values are (nested) metric objects. Nested keys flatten to
 * {@code dataset.metric} column names. The NASLib zero-cost layout (dataset → arch key → metrics)
 * is handed to {@link NaslibZcReader}.
 */
final class JsonTableReader {

    /** The column name given to the keys of a table keyed by architecture. */
    static final String KEY_COLUMN = "architecture";

    /** Streams row by row, so no trailing-token check (that is for whole documents); duplicate keys still fail. */
    private static final ObjectMapper STREAMING = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private record Row(int index, String where, Map<String, String> cells) {
    }

    private JsonTableReader() {
    }

    static BenchmarkTable read(String name, InputStream in, ReadOptions options, TableReader.Progress progress)
            throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        if (NaslibZcReader.detect(buffered, options)) {
            return NaslibZcReader.read(name, buffered, options, progress);
        }
        try (JsonParser parser = STREAMING.getFactory().createParser(buffered)) {
            JsonToken start;
            try {
                start = parser.nextToken();
            } catch (JacksonException e) {
                throw new SedException(name + ": malformed JSON " + describe(e));
            }
            Rows rows = new Rows(parser, start == JsonToken.START_OBJECT);
            List<Row> sample = new ArrayList<>();
            String broken = null;
            try {
                Row r;
                while (sample.size() < ArchitectureColumn.SAMPLE && (r = rows.next()) != null) {
                    sample.add(r);
                }
            } catch (JacksonException e) {
                broken = describe(e);
            }
            Set<String> names = new LinkedHashSet<>();
            List<Row> objects = sample.stream().filter(r -> r.cells() != null).toList();
            for (Row r : objects) {
                names.addAll(r.cells().keySet());
            }
            List<String> header = new ArrayList<>(names);
            if (objects.isEmpty() || header.size() < 2) {
                throw new SedException(name + ": " + (broken != null && objects.isEmpty() ? "malformed JSON " + broken
                        : objects.isEmpty() ? "the JSON " + (rows.keyed ? "object" : "array") + " holds no row objects"
                        : "the rows have no metrics besides " + Names.list(header)));
            }
            List<List<String>> cells = new ArrayList<>();
            for (Row r : objects) {
                List<String> row = new ArrayList<>(header.size());
                for (String h : header) {
                    row.add(r.cells().getOrDefault(h, ""));
                }
                cells.add(row);
            }
            ArchitectureColumn arch = ArchitectureColumn.find(header, cells,
                    rows.keyed && options.archColumn() == null ? new ReadOptions(options.space(), KEY_COLUMN) : options);
            cells = null;
            TableBuilder table = new TableBuilder(name, arch, rows.keyed ? i -> rows.wheres.get((int) i) : i -> "$[" + i + "]",
                    i -> "entry " + (i + 1));
            for (Row r : sample) {
                add(table, r);
            }
            sample = null;
            try {
                Row r;
                while (broken == null && (r = rows.next()) != null) {
                    progress.row();
                    add(table, r);
                }
            } catch (JacksonException e) {
                broken = describe(e);
            }
            if (broken != null) {
                table.skip("unreadable end of file", "malformed JSON " + broken + " (is the file truncated?)");
            } else {
                rejectTrailing(name, parser, rows.keyed ? "object" : "array");
            }
            progress.done();
            return table.build();
        }
    }

    /**
     * A table is one JSON value: anything after it (a second object, more rows after the closing bracket) is refused,
     * naming where it starts, rather than read as more rows.
     *
     * @param what what the value was ("array", "object"), for the message
     */
    static void rejectTrailing(String name, JsonParser parser, String what) throws IOException {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JacksonException e) {
            at = e.getLocation();
        }
        throw new SedException(name + ": " + (at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                + "data after the end of the top-level JSON " + what + " (a table is one JSON value)");
    }

    /** Where and what, Jackson's message made readable as for every JSON document ({@link StrictJson#readable}). */
    static String describe(JacksonException e) {
        JsonLocation at = e.getLocation();
        return (at == null ? "" : "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                + StrictJson.readable(e.getOriginalMessage());
    }

    private static void add(TableBuilder table, Row r) {
        if (r.cells() == null) {
            table.skip("not a row object", r.where() + " is not a JSON object");
            return;
        }
        table.row(r.index(), r.cells());
    }

    /** The top-level array's elements or object's entries, one at a time, up to the value's end. */
    private static final class Rows {
        final JsonParser parser;
        final boolean keyed;
        private boolean ended;
        private int index;
        /** A keyed table's row places by index, {@code $["key"]}: the names of earlier rows that later ones repeat. */
        final List<String> wheres = new ArrayList<>();

        Rows(JsonParser parser, boolean keyed) {
            this.parser = parser;
            this.keyed = keyed;
        }

        /** The next row, or null at the end of the top-level array/object (and at every later call). */
        Row next() throws IOException {
            if (ended) {
                return null;
            }
            JsonToken t = parser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                ended = true;
                return null;
            }
            int i = index++;
            if (keyed) {
                String key = parser.currentName();
                parser.nextToken();
                JsonNode value = parser.readValueAsTree();
                Map<String, String> cells = new LinkedHashMap<>();
                cells.put(KEY_COLUMN, key);
                flatten("", value == null ? NullNode.getInstance() : value, cells);
                String where = "$[\"" + Quote.token(key) + "\"]";
                wheres.add(where);
                return new Row(i, where, cells);
            }
            JsonNode value = parser.readValueAsTree();
            if (value == null || !value.isObject()) {
                return new Row(i, "$[" + i + "]", null);
            }
            Map<String, String> cells = new LinkedHashMap<>();
            flatten("", value, cells);
            return new Row(i, "$[" + i + "]", cells);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString());
        } else {
            out.put("value", node.isNull() ? "" : node.asText());
        }
    }
}

package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV / TSV with a header row (RFC 4180 quoting through Commons CSV); the delimiter is taken from the header. */
final class CsvTableReader {

    private static final char[] DELIMITERS = {',', '\t', ';'};

    private CsvTableReader() {
    }

    static BenchmarkTable read(String name, InputStream in, ReadOptions options, TableReader.Progress progress)
            throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        text.mark(1 << 16);
        String firstLine = text.readLine();
        text.reset();
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = format.parse(text)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(name, records.next());
            List<List<String>> sample = new ArrayList<>();
            List<Long> sampleLines = new ArrayList<>();
            String broken = null;
            try {
                while (sample.size() < ArchitectureColumn.SAMPLE && records.hasNext()) {
                    CSVRecord r = records.next();
                    if (!blank(r)) {
                        sample.add(r.toList());
                        sampleLines.add(r.getRecordNumber());
                    }
                }
            } catch (UncheckedIOException e) {
                broken = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            }
            ArchitectureColumn arch;
            try {
                arch = ArchitectureColumn.find(header, sample, options);
            } catch (SedException e) {
                throw delimiterHint(e, header, sample, delimiter);
            }
            TableBuilder table = new TableBuilder(name, arch);
            int[] columnOf = new int[header.size()];
            for (int i = 0; i < header.size(); i++) {
                columnOf[i] = i == arch.index() && !arch.byApiIndex() || i == arch.opsIndex() ? -1 : table.column(header.get(i));
            }
            for (int i = 0; i < sample.size(); i++) {
                add(table, header, arch, columnOf, sample.get(i), sampleLines.get(i), delimiter);
            }
            try {
                while (broken == null && records.hasNext()) {
                    CSVRecord r = records.next();
                    progress.row();
                    if (!blank(r)) {
                        add(table, header, arch, columnOf, r.toList(), r.getRecordNumber(), delimiter);
                    }
                }
            } catch (UncheckedIOException e) {
                broken = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            }
            if (broken != null) {
                table.skip("unreadable end of file", "after line " + parser.getCurrentLineNumber() + ": " + broken
                        + " (is the file truncated?)");
            }
            progress.done();
            return table.build();
        }
    }

    /** When every sampled row has one field and the header several, the rows likely use another delimiter. */
    private static SedException delimiterHint(SedException e, List<String> header, List<List<String>> sample, char delimiter) {
        if (sample.isEmpty() || sample.stream().anyMatch(r -> r.size() != 1)) {
            return e;
        }
        return new SedException(e.getMessage() + "; the rows have 1 field where the header has " + header.size()
                + ": is the delimiter " + describe(delimiter) + " right?");
    }

    private static boolean blank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isBlank();
    }

    private static void add(TableBuilder table, List<String> header, ArchitectureColumn arch, int[] columnOf,
                            List<String> fields, long line, char delimiter) {
        String where = "line " + line;
        if (fields.size() != header.size()) {
            table.skip("wrong number of fields", String.format(Locale.ROOT, "%s has %d field%s, the header has %d%s",
                    where, fields.size(), fields.size() == 1 ? "" : "s", header.size(),
                    fields.size() == 1 ? " (is the delimiter " + describe(delimiter) + " right?)" : ""));
            return;
        }
        String[] cells = new String[header.size()];
        for (int i = 0; i < fields.size(); i++) {
            if (columnOf[i] >= 0) {
                cells[columnOf[i]] = fields.get(i);
            }
        }
        table.row(where, arch.text(fields), cells);
    }

    private static List<String> header(String name, CSVRecord first) {
        List<String> header = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String h = first.get(i).strip();
            if (i == 0 && h.startsWith("\uFEFF")) {
                h = h.substring(1);
            }
            if (h.isEmpty()) {
                h = "column" + (i + 1);
            }
            Integer before = seen.putIfAbsent(h, i);
            if (before != null) {
                throw new SedException(name + ": column name '" + h + "' appears twice in the header (columns "
                        + (before + 1) + " and " + (i + 1) + ")");
            }
            header.add(h);
        }
        if (header.size() < 2) {
            throw new SedException(name + ": the header has one column ('" + header.get(0)
                    + "'); a table needs an architecture column and at least one metric, separated by ',', tab or ';'");
        }
        return header;
    }

    /** The candidate that splits the header line most; ',' when none does. */
    static char delimiter(String headerLine) {
        char best = ',';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; headerLine != null && i < headerLine.length(); i++) {
                char c = headerLine.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == d && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    private static String describe(char d) {
        return d == '\t' ? "tab" : "'" + d + "'";
    }
}

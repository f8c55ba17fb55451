package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV / TSV with a header row, RFC 4180 quoting ({@link CsvRecords}); the delimiter is taken from the header line.
 * A row whose quoting is broken is one skipped row, and reading goes on at the next line.
 */
final class CsvTableReader {

    private static final char[] DELIMITERS = {',', '\t', ';'};

    private CsvTableReader() {
    }

    static BenchmarkTable read(String name, InputStream in, ReadOptions options, TableReader.Progress progress)
            throws IOException {
        return read(name, new CsvRecords(name, in), options, progress);
    }

    private static BenchmarkTable read(String name, CsvRecords records, ReadOptions options, TableReader.Progress progress)
            throws IOException {
        char delimiter = delimiter(records.peekFirstLine());
        records.delimiter(delimiter);
        CsvRecords.Record first = records.next();
        if (first == null) {
            throw new SedException(name + " is empty: a table needs a header row and data rows");
        }
        if (first.bad()) {
            throw new SedException(name + ": the header cannot be read: " + first.problem());
        }
        List<String> header = header(name, first.fields());
        List<CsvRecords.Record> sample = new ArrayList<>();
        CsvRecords.Record r;
        while (sample.size() < ArchitectureColumn.SAMPLE && (r = records.next()) != null) {
            if (!r.blank()) {
                sample.add(r);
            }
        }
        // detection looks at the rows that can be rows of this header; all rows only when none can (a wrong delimiter)
        List<List<String>> shaped = new ArrayList<>();
        List<List<String>> read = new ArrayList<>();
        for (CsvRecords.Record s : sample) {
            if (!s.bad()) {
                read.add(s.fields());
                if (s.fields().size() == header.size()) {
                    shaped.add(s.fields());
                }
            }
        }
        List<List<String>> detect = shaped.isEmpty() ? read : shaped;
        ArchitectureColumn arch;
        try {
            arch = ArchitectureColumn.find(header, detect, options);
        } catch (SedException e) {
            throw delimiterHint(e, header, detect, delimiter);
        }
        TableBuilder table = new TableBuilder(name, arch, line -> "line " + line);
        int[] columnOf = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            columnOf[i] = arch.holds(header.get(i)) ? -1 : table.column(header.get(i));
        }
        String[] cells = new String[table.columns()];
        for (CsvRecords.Record s : sample) {
            add(table, header, arch, columnOf, cells, s, delimiter);
        }
        while ((r = records.next()) != null) {
            progress.row();
            if (!r.blank()) {
                add(table, header, arch, columnOf, cells, r, delimiter);
            }
        }
        progress.done();
        return table.build();
    }

    /** When every sampled row has one field and the header several, the rows likely use another delimiter. */
    private static SedException delimiterHint(SedException e, List<String> header, List<List<String>> sample, char delimiter) {
        if (sample.isEmpty() || sample.stream().anyMatch(r -> r.size() != 1)) {
            return e;
        }
        String message = e.getMessage() + "; the rows have 1 field where the header has " + header.size()
                + ": is the delimiter " + describe(delimiter) + " right?";
        return e instanceof TableException t ? new TableException(message, t.hint()) : new SedException(message);
    }

    private static void add(TableBuilder table, List<String> header, ArchitectureColumn arch, int[] columnOf, String[] cells,
                            CsvRecords.Record r, char delimiter) {
        if (r.bad()) {
            table.skip("malformed quoting", r.problem());
            return;
        }
        List<String> fields = r.fields();
        if (fields.size() != header.size()) {
            table.skip("wrong number of fields", String.format(Locale.ROOT, "line %d has %d field%s, the header has %d%s",
                    r.line(), fields.size(), fields.size() == 1 ? "" : "s", header.size(),
                    fields.size() == 1 ? " (is the delimiter " + describe(delimiter) + " right?)" : ""));
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (columnOf[i] >= 0) {
                cells[columnOf[i]] = fields.get(i);
            }
        }
        table.row(r.line(), arch.text(fields), cells);
    }

    private static List<String> header(String name, List<String> first) {
        List<String> header = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String h = first.get(i).strip();
            if (h.isEmpty()) {
                h = "column" + (i + 1);
            }
            Integer before = seen.putIfAbsent(h, i);
            if (before != null) {
                throw new SedException(name + ": column name " + Quote.quoted(h) + " appears twice in the header (columns "
                        + (before + 1) + " and " + (i + 1) + ")");
            }
            header.add(h);
        }
        if (header.size() < 2) {
            throw new SedException(name + ": the header has one column (" + Quote.quoted(header.get(0))
                    + "); a table needs an architecture column and at least one metric, separated by ',', tab or ';'");
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

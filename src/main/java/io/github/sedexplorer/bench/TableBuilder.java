package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Collects rows as a reader streams them: parses each architecture, applies the duplicate rule
 * (the first row of an architecture is kept, later ones are skipped and reported), and stores
 * cells column by column. At the end, a column that is mostly text is kept as a text column, the others
 * as numeric metrics. Only kept rows' cells are stored, and a column's text only once it has text, so a
 * numeric column costs one double per kept row.
 */
final class TableBuilder {

    private static final class Column {
        final String name;
        /** By kept row; NaN (missing) past the rows written so far. Grows by doubling from a few cells. */
        double[] values;
        long numeric;
        long text;
        long sentinels;
        /** The first few non-numeric cells, for the report; null until there is one. */
        List<String> textExamples;
        /** The cells that are not numbers, by row; null until the first such cell. */
        String[] texts;
        /** Shares equal strings (a text column often repeats a few values), up to {@link #DISTINCT} of them; null until needed. */
        Map<String, String> distinct;

        Column(String name, int rows) {
            this.name = name;
            values = new double[Math.max(8, rows + 1)];
            Arrays.fill(values, Double.NaN);
        }

        /** Makes room for a cell in row {@code row}. */
        void reach(int row) {
            if (row < values.length) {
                return;
            }
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(row + 1, 2 * old));
            Arrays.fill(values, old, values.length, Double.NaN);
            if (texts != null) {
                texts = Arrays.copyOf(texts, values.length);
            }
        }

        /** The first {@code rows} values, NaN where never written. */
        double[] values(int rows) {
            double[] out = Arrays.copyOf(values, rows);
            if (values.length < rows) {
                Arrays.fill(out, values.length, rows, Double.NaN);
            }
            return out;
        }
    }

    /** NASLib's "proxy failed" score, read as missing. */
    static final double NASLIB_FAILED = -1e8;

    private static final int DISTINCT = 1 << 16;

    private final String source;
    private final ArchitectureColumn arch;
    private final LongFunction<String> placeName;
    private final LongFunction<String> rowPlace;
    private final LoadReport report = new LoadReport();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<Architecture> architectures = new ArrayList<>();
    /** By kept row: the file's text, or null where it is the canonical text (formatted again when asked for). */
    private final List<String> archTexts = new ArrayList<>();
    /** By kept row: its place in the file, named by {@link #placeName} when a later row repeats it. */
    private long[] places = new long[1024];
    private final FirstRows firstRows = new FirstRows();

    /**
     * @param placeName how the reader names a row's place from its number, for messages: {@code n -> "line " + n}
     */
    TableBuilder(String source, ArchitectureColumn arch, LongFunction<String> placeName) {
        this(source, arch, placeName, placeName);
    }

    /**
     * @param rowPlace how a kept row's place is named to a person ({@link BenchmarkTable#place}) where the message name
     *                 is not fit for it (a JSON key that is the whole architecture): {@code n -> "entry " + (n + 1)}
     */
    TableBuilder(String source, ArchitectureColumn arch, LongFunction<String> placeName, LongFunction<String> rowPlace) {
        this.source = source;
        this.arch = arch;
        this.placeName = placeName;
        this.rowPlace = rowPlace;
    }

    LoadReport report() {
        return report;
    }

    /** The index of a metric column, added (missing in earlier rows) when new. */
    int column(String name) {
        Integer i = columnIndex.get(name);
        if (i != null) {
            return i;
        }
        Column c = new Column(name, architectures.size());
        columns.add(c);
        columnIndex.put(name, columns.size() - 1);
        return columns.size() - 1;
    }

    /** How many metric columns there are so far. */
    int columns() {
        return columns.size();
    }

    /** A row that cannot be read at all (wrong field count, broken quoting ...). */
    void skip(String reason, String example) {
        report.read();
        report.skip(reason, example);
    }

    /**
     * One data row: the architecture text and the cells by column index (null or shorter = missing).
     *
     * @param place the row's place in the file, named by the reader's place names (a line number, an element index)
     */
    void row(long place, String archText, String[] cells) {
        report.read();
        String text = archText == null ? "" : archText.strip();
        if (text.isEmpty()) {
            report.skip("no architecture", placeName.apply(place) + ": the " + Quote.quoted(arch.name()) + " cell is empty");
            return;
        }
        Architecture a;
        try {
            a = arch.format().parse(text);
        } catch (SedException e) {
            report.skip("not a " + arch.format().name(), placeName.apply(place) + ": " + Quote.safe(e.getMessage()));
            return;
        }
        int row = architectures.size();
        int earlier = firstRows.putIfAbsent(a, row);
        if (earlier >= 0) {
            report.skip(arch.twoColumns()
                    ? "prunes to the same NB101 cell as an earlier row (raw specs grouped by pruned cell; the first row is kept)"
                    : "repeats an earlier architecture (the first row is kept)",
                    placeName.apply(place) + " repeats " + placeName.apply(places[earlier]));
            return;
        }
        architectures.add(a);
        // an index column's rows are shown by their arch string, which is the canonical text
        archTexts.add(arch.byApiIndex() || text.equals(arch.canonicalText(a)) ? null : text);
        if (row == places.length) {
            places = Arrays.copyOf(places, 2 * row);
        }
        places[row] = place;
        report.kept();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                cell(columns.get(i), row, cells[i], place);
            }
        }
    }

    /**
     * The first row of each architecture, for the duplicate rule: an open-addressing table of row numbers (with their
     * hashes), a few ints per row where a map from architecture to place cost about a hundred bytes.
     */
    private final class FirstRows {
        private int[] rows = new int[1024];
        private int[] hashes = new int[1024];
        private int size;

        /** The row that already holds {@code a}, or -1 after recording {@code a} as row {@code row}. */
        int putIfAbsent(Architecture a, int row) {
            int h = mix(a.hashCode());
            int mask = rows.length - 1;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                int r = rows[i] - 1;
                if (r < 0) {
                    rows[i] = row + 1;
                    hashes[i] = h;
                    if (2 * ++size > rows.length) {
                        grow();
                    }
                    return -1;
                }
                if (hashes[i] == h && architectures.get(r).equals(a)) {
                    return r;
                }
            }
        }

        private void grow() {
            int[] oldRows = rows;
            int[] oldHashes = hashes;
            rows = new int[2 * oldRows.length];
            hashes = new int[rows.length];
            int mask = rows.length - 1;
            for (int j = 0; j < oldRows.length; j++) {
                if (oldRows[j] != 0) {
                    int i = oldHashes[j] & mask;
                    while (rows[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    rows[i] = oldRows[j];
                    hashes[i] = oldHashes[j];
                }
            }
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** One cell of a kept row: a number, a word read as missing, the NASLib sentinel, or text. */
    private void cell(Column c, int row, String cell, long place) {
        c.reach(row);
        double v = Numbers.parse(cell);
        if (Numbers.isText(v) || Double.isNaN(v) && !cell.isBlank()) {
            keepText(c, row, cell.strip()); // words read as missing ("none", "n/a") too: a text column keeps them
        }
        if (Numbers.isText(v)) {
            c.text++;
            if (c.textExamples == null) {
                c.textExamples = new ArrayList<>(LoadReport.EXAMPLES);
            }
            if (c.textExamples.size() < LoadReport.EXAMPLES) {
                c.textExamples.add(placeName.apply(place) + " " + Quote.quoted(cell));
            }
            v = Double.NaN;
        } else if (v == NASLIB_FAILED) {
            c.sentinels++;
            v = Double.NaN;
        } else if (!Double.isNaN(v)) {
            c.numeric++;
        }
        c.values[row] = v;
    }

    /** One data row given as named fields (JSON tables): the architecture field and metric columns by name. */
    void row(long place, Map<String, String> fields) {
        int[] index = new int[fields.size()];
        int n = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            index[n++] = arch.holds(e.getKey()) ? -1 : column(e.getKey());
        }
        String[] cells = new String[columns.size()];
        n = 0;
        for (String v : fields.values()) {
            int c = index[n++];
            if (c >= 0) {
                cells[c] = v;
            }
        }
        row(place, arch.text(fields), cells);
    }

    private static void keepText(Column c, int row, String text) {
        if (c.texts == null) {
            c.texts = new String[c.values.length];
            c.distinct = new HashMap<>();
        }
        String shared = c.distinct.get(text);
        if (shared == null && c.distinct.size() < DISTINCT) {
            c.distinct.put(text, text);
        }
        c.texts[row] = shared == null ? text : shared;
    }

    /** A number in a mostly-text column, written back: integers without a decimal point, others in Java's shortest form. */
    private static String numberText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String[] textColumn(Column c, int rows) {
        String[] out = new String[rows];
        if (c.texts != null) {
            System.arraycopy(c.texts, 0, out, 0, Math.min(rows, c.texts.length));
        }
        for (int r = 0; r < rows && r < c.values.length; r++) {
            if (out[r] == null && !Double.isNaN(c.values[r])) {
                out[r] = numberText(c.values[r]);
            }
        }
        return out;
    }

    BenchmarkTable build() {
        if (architectures.isEmpty()) {
            StringBuilder why = new StringBuilder("no row of " + source + " could be read");
            for (LoadReport.Issue i : report.skipped()) {
                why.append(String.format(Locale.ROOT, "; %,d × %s, first %s", i.count(), i.reason(), i.examples().get(0)));
            }
            if (report.rowsRead() == 0) {
                why.append(": the file has a header but no data rows");
            }
            throw new SedException(why.toString());
        }
        Map<String, double[]> metrics = new LinkedHashMap<>();
        Map<String, String[]> texts = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.sentinels > 0) {
                report.note(String.format(Locale.ROOT, "column %s: %,d NASLib failure sentinel%s (-1e8) read as missing%s",
                        Quote.quoted(c.name), c.sentinels, c.sentinels == 1 ? "" : "s", c.numeric == 0 ? " (no other value: not a metric)" : ""));
            }
            if (c.numeric > 0 && c.text <= c.numeric) {
                metrics.put(c.name, c.values(architectures.size()));
                if (c.text > 0) {
                    report.note(String.format(Locale.ROOT, "column %s: %,d non-numeric cells read as missing, e.g. %s",
                            Quote.quoted(c.name), c.text, String.join(", ", c.textExamples)));
                }
            } else if (c.numeric + c.text > 0) {
                texts.put(c.name, textColumn(c, architectures.size()));
            }
            c.values = null;
            c.texts = null;
            c.distinct = null;
        }
        if (!texts.isEmpty()) {
            report.note("text columns, kept as text (not metrics): " + Names.list(texts.keySet()));
        }
        return new BenchmarkTable(source, arch.space(), arch.name(), architectures, archTexts.toArray(new String[0]),
                arch::canonicalText, metrics, texts, report, places, rowPlace);
    }
}

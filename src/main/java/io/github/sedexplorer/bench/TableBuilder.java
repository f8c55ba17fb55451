package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SedException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        double[] values = new double[1024];
        long numeric;
        long text;
        long sentinels;
        final List<String> textExamples = new ArrayList<>();
        /** The cells that are not numbers, by row; null until the first such cell. */
        String[] texts;
        /** Shares equal strings (a text column often repeats a few values), up to {@link #DISTINCT} of them. */
        final Map<String, String> distinct = new HashMap<>();

        Column(String name) {
            this.name = name;
        }
    }

    /** NASLib's "proxy failed" score, read as missing. */
    static final double NASLIB_FAILED = -1e8;

    private static final int DISTINCT = 1 << 16;

    private final String source;
    private final ArchitectureColumn arch;
    private final LoadReport report = new LoadReport();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<Architecture> architectures = new ArrayList<>();
    private final List<String> archTexts = new ArrayList<>();
    private final Map<Architecture, String> firstSeen = new HashMap<>();

    TableBuilder(String source, ArchitectureColumn arch) {
        this.source = source;
        this.arch = arch;
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
        Column c = new Column(name);
        c.values = new double[Math.max(1024, architectures.size() + 1)];
        Arrays.fill(c.values, Double.NaN);
        columns.add(c);
        columnIndex.put(name, columns.size() - 1);
        return columns.size() - 1;
    }

    /** How many metric columns there are so far. */
    int columns() {
        return columns.size();
    }

    /** A row that cannot be read at all (wrong field count, broken quoting ...). */
    void skip(String reason, String where) {
        report.read();
        report.skip(reason, where);
    }

    /**
     * One data row: the architecture text and the cells by column index (null or shorter = missing).
     *
     * @param where the row's place for messages, e.g. "line 17"
     */
    void row(String where, String archText, String[] cells) {
        report.read();
        String text = archText == null ? "" : archText.strip();
        if (text.isEmpty()) {
            report.skip("no architecture", where + ": the " + arch.name() + " cell is empty");
            return;
        }
        Architecture a;
        try {
            a = arch.format().parse(text);
        } catch (SedException e) {
            report.skip("not a " + arch.format().name(), where + ": " + e.getMessage());
            return;
        }
        String earlier = firstSeen.putIfAbsent(a, where);
        if (earlier != null) {
            report.skip(arch.twoColumns()
                    ? "prunes to the same NB101 cell as an earlier row (raw specs grouped by pruned cell; the first row is kept)"
                    : "repeats an earlier architecture (the first row is kept)", where + " repeats " + earlier);
            return;
        }
        int row = architectures.size();
        architectures.add(a);
        archTexts.add(arch.archText(text, a));
        report.kept();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (row >= c.values.length) {
                int old = c.values.length;
                c.values = Arrays.copyOf(c.values, old * 2);
                Arrays.fill(c.values, old, c.values.length, Double.NaN);
                if (c.texts != null) {
                    c.texts = Arrays.copyOf(c.texts, c.values.length);
                }
            }
            String cell = i < cells.length ? cells[i] : null;
            double v = cell == null ? Double.NaN : Numbers.parse(cell);
            if (Numbers.isText(v) || Double.isNaN(v) && cell != null && !cell.isBlank()) {
                keepText(c, row, cell.strip()); // words read as missing ("none", "n/a") too: a text column keeps them
            }
            if (Numbers.isText(v)) {
                c.text++;
                if (c.textExamples.size() < LoadReport.EXAMPLES) {
                    c.textExamples.add(where + " '" + abbreviate(cell) + "'");
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
    }

    /** One data row given as named fields (JSON tables): the architecture field and metric columns by name. */
    void row(String where, Map<String, String> fields) {
        String[] cells = new String[0];
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().equals(arch.name()) && !arch.byApiIndex()) {
                continue;
            }
            int c = column(e.getKey());
            if (c >= cells.length) {
                cells = Arrays.copyOf(cells, c + 1);
            }
            cells[c] = e.getValue();
        }
        row(where, fields.get(arch.name()), cells);
    }

    private static void keepText(Column c, int row, String text) {
        if (c.texts == null) {
            c.texts = new String[c.values.length];
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

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String[] textColumn(Column c, int rows) {
        String[] out = Arrays.copyOf(c.texts, rows);
        for (int r = 0; r < rows; r++) {
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
                report.note(String.format(Locale.ROOT, "column '%s': %,d NASLib failure sentinel%s (-1e8) read as missing%s",
                        c.name, c.sentinels, c.sentinels == 1 ? "" : "s", c.numeric == 0 ? " (no other value: not a metric)" : ""));
            }
            if (c.numeric > 0 && c.text <= c.numeric) {
                metrics.put(c.name, Arrays.copyOf(c.values, architectures.size()));
                if (c.text > 0) {
                    report.note(String.format(Locale.ROOT, "column '%s': %,d non-numeric cells read as missing, e.g. %s",
                            c.name, c.text, String.join(", ", c.textExamples)));
                }
            } else if (c.numeric + c.text > 0) {
                texts.put(c.name, textColumn(c, architectures.size()));
            }
            c.values = null;
            c.texts = null;
            c.distinct.clear();
        }
        if (!texts.isEmpty()) {
            report.note("text columns, kept as text (not metrics): " + String.join(", ", texts.keySet()));
        }
        return new BenchmarkTable(source, arch.space(), arch.name(), architectures, archTexts, metrics, texts, report);
    }
}

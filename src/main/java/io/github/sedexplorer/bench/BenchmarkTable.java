package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A loaded benchmark table: one architecture per row (no two rows share one), named numeric
 * columns ("metrics": accuracies, other proxies' scores, params ...; a missing value is NaN) and the
 * mostly-text columns other than the architecture's (ids, canonical forms such as NATS'
 * {@code UniqueString}; a missing value is null).
 */
public final class BenchmarkTable {

    private final String source;
    private final SearchSpace space;
    private final String archColumn;
    private final List<Architecture> architectures;
    /** The file's text by row, or null where it is {@link #canonical}'s text (kept once, not per row). */
    private final String[] archTexts;
    private final Function<Architecture, String> canonical;
    private final Map<String, double[]> metrics;
    private final Map<String, String[]> texts;
    private final LoadReport report;
    /** By row, its place in the file as the reader numbered it (a CSV's line); null when the table was not read. */
    private final long[] places;
    private final LongFunction<String> placeName;
    /** Row by architecture, built at the first {@link #rowOf}; null until then. */
    private volatile Map<Architecture, Integer> rowIndex;
    private final Object rowIndexLock = new Object();

    BenchmarkTable(String source, SearchSpace space, String archColumn, List<Architecture> architectures,
                   List<String> archTexts, Map<String, double[]> metrics, Map<String, String[]> texts, LoadReport report) {
        this(source, space, archColumn, architectures, archTexts.toArray(new String[0]), a -> {
            throw new IllegalStateException("every row has its text");
        }, metrics, texts, report, null, null);
        for (String t : this.archTexts) {
            Objects.requireNonNull(t, "arch text");
        }
    }

    /**
     * @param archTexts by row, the file's text, or null where {@code canonical} gives it
     * @param canonical the text of an architecture in the table's format
     * @param places    by row, its place in the file as the reader numbered it (a CSV's line), or null for "row N"
     * @param placeName how the reader names a place from its number: {@code n -> "line " + n}
     */
    BenchmarkTable(String source, SearchSpace space, String archColumn, List<Architecture> architectures, String[] archTexts,
                   Function<Architecture, String> canonical, Map<String, double[]> metrics, Map<String, String[]> texts,
                   LoadReport report, long[] places, LongFunction<String> placeName) {
        if (archTexts.length != architectures.size()) {
            throw new IllegalArgumentException(archTexts.length + " arch texts for " + architectures.size() + " rows");
        }
        if (places != null && places.length < architectures.size()) {
            throw new IllegalArgumentException(places.length + " places for " + architectures.size() + " rows");
        }
        this.places = places;
        this.placeName = placeName;
        this.source = source;
        this.space = space;
        this.archColumn = archColumn;
        this.architectures = List.copyOf(architectures);
        this.archTexts = archTexts;
        this.canonical = canonical;
        this.metrics = new LinkedHashMap<>(metrics);
        this.texts = new LinkedHashMap<>(texts);
        this.report = report;
    }

    /** Where the table came from (file name), for messages and titles. */
    public String source() {
        return source;
    }

    /** The source without its extension ("nb201-zc-nbsz-c10"), for short labels and file names. */
    public String stem() {
        return source().replaceFirst("\\.[^.]+$", "");
    }

    public SearchSpace space() {
        return space;
    }

    public String archColumn() {
        return archColumn;
    }

    public int rows() {
        return architectures.size();
    }

    public Architecture architecture(int row) {
        return architectures.get(row);
    }

    public List<Architecture> architectures() {
        return architectures;
    }

    /**
     * The row holding this architecture, or -1 when no row does (an architecture of another space never does). A
     * table read from a file holds each architecture once (the reader keeps its first row and skips the others);
     * were two rows to hold equal architectures, the last of them is the one returned. The index is built once, at
     * the first call; any thread may call this, several at once.
     */
    public int rowOf(Architecture a) {
        if (a.space() != space) {
            return -1;
        }
        Map<Architecture, Integer> index = rowIndex;
        if (index == null) {
            synchronized (rowIndexLock) {
                index = rowIndex;
                if (index == null) {
                    index = new HashMap<>(architectures.size() * 4 / 3 + 1);
                    for (int i = 0; i < architectures.size(); i++) {
                        index.put(architectures.get(i), i); // in row order: the last of equal rows stays
                    }
                    rowIndex = index;
                }
            }
        }
        return index.getOrDefault(a, -1);
    }

    /**
     * Where the row is in its file: "line 12" for a CSV (the line its record starts on), "entry 3" for JSON (its place
     * among the file's entries, skipped ones counted); "row N" (1-based) for a table that was not read from a file.
     */
    public String place(int row) {
        Objects.checkIndex(row, architectures.size());
        return places == null ? "row " + (row + 1) : placeName.apply(places[row]);
    }

    /** The row's architecture as the file wrote it (stripped). */
    public String archText(int row) {
        String text = archTexts[row];
        return text != null ? text : canonical.apply(architectures.get(row));
    }

    public List<String> metricNames() {
        return List.copyOf(metrics.keySet());
    }

    public boolean hasMetric(String name) {
        return metrics.containsKey(name);
    }

    /** A copy of one metric column (NaN where missing). */
    public double[] metric(String name) {
        double[] values = metrics.get(name);
        if (values == null) {
            throw new SedException("the table has no numeric column " + Quote.quoted(name) + " (it has " + Names.list(metrics.keySet()) + ")");
        }
        return Arrays.copyOf(values, values.length);
    }

    /** The text columns, in file order: columns whose cells are mostly not numbers (not the architecture column). */
    public List<String> textNames() {
        return List.copyOf(texts.keySet());
    }

    public boolean hasText(String name) {
        return texts.containsKey(name);
    }

    /**
     * One cell of a text column as the file wrote it (stripped), or null where the cell is empty. A number in a
     * text column comes back in a plain form ({@code 3}, {@code 0.5}), not necessarily the file's spelling.
     *
     * @throws SedException if the table has no such text column
     * @throws IndexOutOfBoundsException if the row is not in the table
     */
    public String text(String column, int row) {
        String[] values = texts.get(column);
        if (values == null) {
            throw new SedException("the table has no text column " + Quote.quoted(column) + " (" + (texts.isEmpty() ? "it has none"
                    : "it has " + Names.list(texts.keySet())) + ")");
        }
        return values[row];
    }

    public LoadReport report() {
        return report;
    }
}

package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The NAS-Bench-201 / NATS-Bench-tss API index (0..15624, one fixed but arbitrary order of the cells)
 * mapped to NB201 architectures, built from a loaded NB201 table. Tables that identify cells only by
 * this index are read through it ({@link ReadOptions#withApiIndex}). Immutable.
 *
 * <p>Where the map comes from ({@link #from}): an NB201 table with an index column (named as in
 * {@link #COLUMN_NAMES}, e.g. {@code arch_index}), or the NATS landscape file, whose row i is index i.
 * Either way the cells the docs name by index (0, 6111, 9930) are checked when present, so a column
 * that merely counts rows is not taken for the API index.
 */
public final class ApiIndex {

    /** Number of NB201 cells, so indices run 0..SIZE-1. */
    public static final int SIZE = 15_625;

    /** Column names read as API indices, most specific first; matched ignoring case. */
    public static final List<String> COLUMN_NAMES = List.of("arch_index", "api_index", "arch_idx", "index");

    /** Cells whose index the docs give (data-formats.md, SOURCES.md): a source must agree with them. */
    private static final Map<Integer, String> KNOWN = Map.of(
            0, "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|",
            6111, "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|",
            9930, "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|");

    private static final ArchitectureFormat NB201 = ArchitectureFormats.forSpace(SearchSpace.NB201);

    private final String source;
    private final Architecture[] byIndex;
    private final Map<Architecture, Integer> indexOf = new HashMap<>();
    private final int size;

    private ApiIndex(String source, Architecture[] byIndex) {
        this.source = source;
        this.byIndex = byIndex;
        int n = 0;
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] != null) {
                indexOf.put(byIndex[i], i);
                n++;
            }
        }
        this.size = n;
    }

    /**
     * The index map a table carries, if any. An NB201 table carries one when it has a numeric column named
     * as in {@link #COLUMN_NAMES} (the index of each row), or when it is the NATS landscape file: an arch
     * column {@code ArchitectureString}, a text column {@code UniqueString} and exactly 15,625 rows, all kept
     * (its row order is the index). Other tables give empty.
     *
     * @throws SedException naming the row, when the table's indices are inconsistent: an index missing, not an
     *     integer in 0..15624, given to two different cells, or contradicting a cell the docs name by index; or a
     *     landscape-shaped table with rows missing
     */
    public static Optional<ApiIndex> from(BenchmarkTable t) {
        if (t.space() != SearchSpace.NB201) {
            return Optional.empty();
        }
        Architecture[] map = new Architecture[SIZE];
        Optional<String> column = column(t.metricNames());
        if (column.isPresent()) {
            String name = column.get();
            double[] index = t.metric(name);
            for (int r = 0; r < t.rows(); r++) {
                double v = index[r];
                String where = t.source() + ", row " + (r + 1) + " (" + Quote.token(t.archText(r)) + ")";
                if (!(v == Math.rint(v) && v >= 0 && v < SIZE)) {
                    throw new SedException(where + ": " + Quote.token(name) + " " + (Double.isNaN(v) ? "is missing" : "'" + plain(v)
                            + "' is not an API index (an integer 0.." + (SIZE - 1) + ")"));
                }
                put(map, (int) v, t.architecture(r), where);
            }
        } else if (t.archColumn().equalsIgnoreCase("ArchitectureString") && t.hasText("UniqueString")) {
            if (t.rows() != SIZE || t.report().rowsRead() != SIZE) {
                throw new SedException(String.format(Locale.ROOT, "%s looks like the NATS landscape file (ArchitectureString, "
                        + "UniqueString), whose row i is API index i, but it has %,d rows read and %,d kept, not %,d: "
                        + "rows are missing, so its row order is not the index", t.source(), t.report().rowsRead(), t.rows(), SIZE));
            }
            for (int r = 0; r < SIZE; r++) {
                put(map, r, t.architecture(r), t.source() + ", row " + (r + 1) + " (" + Quote.token(t.archText(r)) + ")");
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(new ApiIndex(t.source(), map));
    }

    private static void put(Architecture[] map, int index, Architecture a, String where) {
        String known = KNOWN.get(index);
        if (known != null && !NB201.format(a).equals(known)) {
            throw new SedException(where + ": API index " + index + " is " + known + " in NAS-Bench-201, not this cell: "
                    + "is this column really the API index?");
        }
        if (map[index] != null && !map[index].equals(a)) {
            throw new SedException(where + ": API index " + index + " was already given to " + NB201.format(map[index]));
        }
        map[index] = a;
    }

    /** The first of the given column names that names an API index column ({@link #COLUMN_NAMES}, any case). */
    static Optional<String> column(List<String> names) {
        for (String wanted : COLUMN_NAMES) {
            for (String n : names) {
                if (n.equalsIgnoreCase(wanted)) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    /** The cell with this API index; empty when the index is out of 0..15624 or the source did not list it. */
    public Optional<Architecture> architecture(long index) {
        return index >= 0 && index < SIZE ? Optional.ofNullable(byIndex[(int) index]) : Optional.empty();
    }

    /** The NB201 arch string of the cell with this API index, as {@link #architecture} finds it. */
    public Optional<String> archString(long index) {
        return architecture(index).map(NB201::format);
    }

    /** The API index of a cell, when the source lists it. */
    public OptionalInt indexOf(Architecture a) {
        Integer i = indexOf.get(a);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** How many indices are mapped (15,625 from a complete source). */
    public int size() {
        return size;
    }

    /** The table the map was built from, for messages. */
    public String source() {
        return source;
    }

    /**
     * The format a table's index column is read in: text → the cell with that index, and back to the NB201 arch
     * string (which is what such a table shows as its rows' architecture text).
     */
    ArchitectureFormat format() {
        return ArchitectureFormat.of("NAS-Bench-201 API index", text -> {
            double v = Numbers.parse(text);
            if (Numbers.isText(v) || Double.isNaN(v) || v != Math.rint(v)) {
                throw new SedException(Quote.quoted(text.strip()) + " is not an integer API index");
            }
            if (v < 0 || v >= SIZE) {
                throw new SedException("API index " + plain(v) + " is outside 0.." + (SIZE - 1));
            }
            return architecture((long) v).orElseThrow(() ->
                    new SedException("API index " + plain(v) + " is not listed in " + source));
        }, NB201::format);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

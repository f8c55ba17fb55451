package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.NaslibTuple;
import io.github.sedexplorer.cell.Nb101FlatSpec;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.TransNasCode;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds which column holds the architectures, and in which space, from the header and the first
 * rows: the column where most values parse, trying TransNAS codes, NB201 arch strings, NB101 specs
 * and DARTS genotypes (Python text, then NASLib compact keys) in that order (so a TransNAS table with
 * both a code and an NB201-grammar column reads as TransNAS). An NB101 spec spread over an adjacency
 * column and an ops column is looked for first.
 */
record ArchitectureColumn(int index, String name, SearchSpace space, ArchitectureFormat format, int opsIndex,
                          ApiIndex apiIndex, List<String> columns) {

    /** Rows looked at to decide. */
    static final int SAMPLE = 200;

    ArchitectureColumn(int index, String name, SearchSpace space, ArchitectureFormat format) {
        this(index, name, space, format, -1, null, List.of(name));
    }

    ArchitectureColumn(int index, String name, SearchSpace space, ArchitectureFormat format, ApiIndex apiIndex) {
        this(index, name, space, format, -1, apiIndex, List.of(name));
    }

    /** An NB101 spec spread over an adjacency column and an ops column. */
    private static ArchitectureColumn twoColumns(List<String> header, int adjacency, int ops) {
        return new ArchitectureColumn(adjacency, header.get(adjacency) + " + " + header.get(ops), SearchSpace.NB101,
                NB101_FLAT, ops, null, List.of(header.get(adjacency), header.get(ops)));
    }

    /**
     * True when the column holds NB201 API indices resolved through {@link #apiIndex}: it then stays a numeric
     * column of the table too, and the rows' architecture text is the NB201 arch string, not the index.
     */
    boolean byApiIndex() {
        return apiIndex != null;
    }

    /**
     * The text this column's format writes an architecture in, which a row's file text is compared with (and then not
     * kept): the format's own, NASLib's compact key for compact keys.
     */
    String canonicalText(Architecture a) {
        return format == NASLIB_COMPACT ? compactKey(a) : format.format(a);
    }

    /** NASLib's compact key as its JSON files write it, {@code [[(0, 3), (1, 5), ...], [...]]}; null if it has none. */
    static String compactKey(Architecture a) {
        StringBuilder sb = new StringBuilder("[");
        for (Cell cell : a.cells()) {
            if (!DartsGenotype.concat(cell).equals(DartsGenotype.DEFAULT_CONCAT)) {
                return null;
            }
            sb.append(sb.length() > 1 ? ", [" : "[");
            boolean first = true;
            for (DartsGenotype.Pair p : DartsGenotype.pairs(cell)) {
                int op = DartsGenotype.NASLIB_OPS.indexOf(p.op());
                if (op < 0) {
                    return null;
                }
                sb.append(first ? "(" : ", (").append(p.src()).append(", ").append(op).append(')');
                first = false;
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /** True when the architecture is an NB101 spec spread over an adjacency and an ops column. */
    boolean twoColumns() {
        return opsIndex >= 0;
    }

    /** The architecture text of a row: one field, or the adjacency and ops fields joined by a space. */
    String text(List<String> fields) {
        return twoColumns() ? fields.get(index).strip() + " " + fields.get(opsIndex).strip() : fields.get(index);
    }

    /** The architecture text of a row of named fields (JSON); null when a field it is read from is missing. */
    String text(Map<String, String> fields) {
        if (!twoColumns()) {
            return fields.get(name);
        }
        String adjacency = fields.get(columns.get(0));
        String ops = fields.get(columns.get(1));
        return adjacency == null || ops == null ? null : adjacency.strip() + " " + ops.strip();
    }

    /** Whether a field of the file is (part of) the architecture, not a column of the table. */
    boolean holds(String field) {
        return !byApiIndex() && columns.contains(field);
    }

    private static final ArchitectureFormat NB101_FLAT =
            ArchitectureFormat.ofCell("NB101 adjacency + ops", Nb101FlatSpec::parse, Nb101FlatSpec::format);

    static final ArchitectureFormat NASLIB_COMPACT =
            ArchitectureFormat.of("NASLib compact DARTS key", DartsGenotype::parseNaslibCompact, DartsGenotype::format);

    /**
     * An NB101 raw spec in two columns: {@code adjacency_7x7} (or a column of N×N '0'/'1' characters)
     * and {@code ops} (or a column of '|'-joined labels input..output); null when the table has none.
     */
    private static ArchitectureColumn twoColumn(List<String> header, List<List<String>> sample, Profile profile) {
        int adjacency = header.indexOf("adjacency_7x7");
        int ops = header.indexOf("ops");
        int size = sample.size();
        for (int i = 0; i < header.size() && (adjacency < 0 || ops < 0); i++) {
            if (adjacency < 0 && majority(profile.adjacency[i], size) && most(sample, i, Nb101FlatSpec::looksLikeAdjacency)) {
                adjacency = i;
            } else if (ops < 0 && majority(profile.ops[i], size) && most(sample, i, Nb101FlatSpec::looksLikeOps)) {
                ops = i;
            }
        }
        if (adjacency < 0 || ops < 0) {
            return null;
        }
        ArchitectureColumn c = twoColumns(header, adjacency, ops);
        int fine = 0;
        for (List<String> row : sample) {
            try {
                if (Math.max(adjacency, ops) < row.size()) {
                    NB101_FLAT.parse(c.text(row));
                    fine++;
                }
            } catch (SedException e) {
                // counted as not parsed
            }
        }
        return fine > 0 && 2 * fine >= sample.size() ? c : null;
    }

    private static boolean majority(int n, int of) {
        return n > 0 && 2 * n >= of;
    }

    /** True when at least half the sample's rows (and at least one) pass {@code test} in this column. */
    private static boolean most(List<List<String>> sample, int col, Predicate<String> test) {
        int size = sample.size();
        int pass = 0;
        int fail = 0;
        for (List<String> r : sample) {
            if (col < r.size() && test.test(r.get(col))) {
                pass++;
            } else if (2 * ++fail > size) {
                return false;
            }
        }
        return majority(pass, size);
    }

    /**
     * What one pass over the sample, row by row, finds in each column: how many cells are not blank, and how many pass
     * each candidate's cheap test (and the NB101 column pair's). Going column by column instead chased a pointer per
     * cell across the whole sample: for 30,000 columns × 200 rows that was most of a load.
     */
    private static final class Profile {
        final int[] present;
        final int[][] plausible;
        final int[] adjacency;
        final int[] ops;

        Profile(int columns, List<List<String>> sample, List<Candidate> candidates) {
            present = new int[columns];
            plausible = new int[candidates.size()][columns];
            adjacency = new int[columns];
            ops = new int[columns];
            for (List<String> row : sample) {
                for (int col = 0, n = Math.min(columns, row.size()); col < n; col++) {
                    String t = row.get(col).strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    present[col]++;
                    char c = t.charAt(0);
                    if ((c == '0' || c == '1') && t.length() >= 4) {
                        adjacency[col]++;
                    } else if (c == 'i') {
                        ops[col]++;
                    }
                    for (int k = 0; k < plausible.length; k++) {
                        if (candidates.get(k).plausible().test(t)) {
                            plausible[k][col]++;
                        }
                    }
                }
            }
        }
    }

    /**
     * A way architectures may be written, with a cheap necessary condition on the (stripped) text: a column is parsed
     * only when at least half its values pass it, so a wide table costs a character test per cell, not a failed
     * parse (and its exception) per cell and format.
     */
    private record Candidate(SearchSpace space, ArchitectureFormat format, Predicate<String> plausible) {
    }

    static ArchitectureColumn find(List<String> header, List<List<String>> sample, ReadOptions options) {
        List<Candidate> candidates = candidates(options.space());
        Profile profile = new Profile(header.size(), sample, candidates);
        if (options.archColumn() == null && (options.space() == null || options.space() == SearchSpace.NB101)) {
            ArchitectureColumn flat = twoColumn(header, sample, profile);
            if (flat != null) {
                return flat;
            }
        }
        int forced = -1;
        if (options.archColumn() != null) {
            forced = header.indexOf(options.archColumn());
            if (forced < 0) {
                throw new SedException("no column named " + Quote.quoted(options.archColumn()) + " (columns: "
                        + Names.list(header) + ")");
            }
        }
        ArchitectureColumn best = null;
        int bestParsed = 0;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            for (int col = forced < 0 ? 0 : forced; col < (forced < 0 ? header.size() : forced + 1); col++) {
                int present = profile.present[col];
                int plausible = profile.plausible[k][col];
                if (plausible <= bestParsed || 2 * plausible < present) {
                    continue; // cannot beat the best, or not a majority even if every plausible value parsed
                }
                int parsed = 0;
                int failed = 0;
                for (List<String> row : sample) {
                    if (col >= row.size() || row.get(col).isBlank() || !c.plausible().test(row.get(col).strip())) {
                        continue;
                    }
                    try {
                        c.format().parse(row.get(col).strip());
                        parsed++;
                    } catch (SedException e) {
                        failed++;
                        if (plausible - failed <= bestParsed || 2 * (plausible - failed) < present) {
                            break;
                        }
                    }
                }
                if (parsed > bestParsed && 2 * parsed >= present) {
                    best = new ArchitectureColumn(col, header.get(col), c.space(), c.format());
                    bestParsed = parsed;
                }
            }
        }
        if (best != null) {
            return best;
        }
        ArchitectureColumn byIndex = byApiIndex(header, sample, options);
        if (byIndex != null) {
            return byIndex;
        }
        if (forced >= 0) {
            throw notArchitectures(options, forced, sample, candidates.get(0).format());
        }
        throw new TableException("no column holds architectures (looked at the first " + sample.size() + " rows of "
                + Names.list(header) + ")", TableException.Hint.ARCH_COLUMN);
    }

    /** The named column holds no architectures: its first value that does not parse, and why. */
    private static SedException notArchitectures(ReadOptions options, int col, List<List<String>> sample, ArchitectureFormat format) {
        String first = null;
        String why = null;
        for (List<String> row : sample) {
            String v = col < row.size() ? row.get(col) : "";
            if (first == null) {
                first = v;
            }
            if (v.isBlank() || options.space() == null) {
                continue;
            }
            try {
                format.parse(v.strip());
            } catch (SedException e) {
                first = v;
                why = e.getMessage();
                break;
            }
        }
        return new SedException("column " + Quote.quoted(options.archColumn()) + " does not hold architectures of "
                + (options.space() != null ? options.space().displayName() : "a known space")
                + " (first value " + Quote.quoted(first == null ? "" : first) + (why != null ? ": " + why : "") + ")");
    }

    /**
     * A column of NB201 API indices (named as in {@link ApiIndex#COLUMN_NAMES}, mostly integers), for a table
     * with no architecture column: resolved through the options' index, or an error that says how to get one.
     * Null when there is no such column.
     */
    private static ArchitectureColumn byApiIndex(List<String> header, List<List<String>> sample, ReadOptions options) {
        if (options.space() != null && options.space() != SearchSpace.NB201) {
            return null;
        }
        List<String> names = options.archColumn() != null ? List.of(options.archColumn()) : header;
        String name = ApiIndex.column(names).orElse(null);
        if (name == null) {
            return null;
        }
        int col = header.indexOf(name);
        if (!most(sample, col, ArchitectureColumn::isInteger)) {
            return null;
        }
        if (options.apiIndex() == null) {
            throw new TableException("column " + Quote.quoted(name) + " holds NAS-Bench-201 API indices, not architectures: "
                    + "load an NB201 table that maps them first (e.g. nb201-nats-landscape.csv)", TableException.Hint.INDEX_TABLE);
        }
        return new ArchitectureColumn(col, name, SearchSpace.NB201, options.apiIndex().format(), options.apiIndex());
    }

    private static boolean isInteger(String cell) {
        double v = Numbers.parse(cell);
        return !Numbers.isText(v) && v == Math.rint(v);
    }

    private static List<Candidate> candidates(SearchSpace space) {
        if (space == SearchSpace.FREE) {
            throw new SedException("free cells have no one-line format, so a table cannot hold them");
        }
        if (space == SearchSpace.DARTS) {
            return List.of(new Candidate(space, ArchitectureFormats.forSpace(space), GENOTYPE),
                    new Candidate(space, NASLIB_COMPACT, BRACKET));
        }
        if (space != null) {
            return List.of(new Candidate(space, ArchitectureFormats.forSpace(space), plausible(space)));
        }
        ArchitectureFormat tnbCodes = ArchitectureFormat.ofCell("TransNAS micro code", text -> {
            if (!TransNasCode.looksLikeCode(text)) {
                throw CellFormatException.atColumn("not a TransNAS code", 1);
            }
            return TransNasCode.parse(text);
        }, TransNasCode::format);
        return List.of(new Candidate(SearchSpace.TRANSNAS_MICRO, tnbCodes, TransNasCode::looksLikeCode),
                new Candidate(SearchSpace.NB201, ArchitectureFormats.forSpace(SearchSpace.NB201), ARCH_STRING),
                new Candidate(SearchSpace.NB101, ArchitectureFormats.forSpace(SearchSpace.NB101), JSON_OBJECT),
                new Candidate(SearchSpace.DARTS, ArchitectureFormats.forSpace(SearchSpace.DARTS), GENOTYPE),
                new Candidate(SearchSpace.DARTS, NASLIB_COMPACT, BRACKET));
    }

    // Necessary conditions of the parsers on stripped text (each parser rejects text that fails its test at column 1).
    private static final Predicate<String> ARCH_STRING = t -> t.startsWith("|");
    private static final Predicate<String> JSON_OBJECT = t -> t.startsWith("{") || t.startsWith("\uFEFF");
    private static final Predicate<String> GENOTYPE = t -> t.startsWith("Genotype");
    private static final Predicate<String> BRACKET = t -> t.startsWith("[") || t.startsWith("(");

    private static Predicate<String> plausible(SearchSpace space) {
        return switch (space) {
            case NB201 -> ARCH_STRING.or(NaslibTuple::looksLikeTuple);
            case TRANSNAS_MICRO -> ARCH_STRING.or(TransNasCode::looksLikeCode);
            case NB101 -> JSON_OBJECT;
            case DARTS -> GENOTYPE;
            case FREE -> t -> false;
        };
    }
}

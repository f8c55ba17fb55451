package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Nb101FlatSpec;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.TransNasCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which column holds the architectures, and in which space, from the header and the first
 * rows: the column where most values parse, trying TransNAS codes, NB201 arch strings, NB101 specs
 * and DARTS genotypes (Python text, then NASLib compact keys) in that order (so a TransNAS table with
 * both a code and an NB201-grammar column reads as TransNAS). An NB101 spec spread over an adjacency
 * column and an ops column is looked for first.
 */
record ArchitectureColumn(int index, String name, SearchSpace space, ArchitectureFormat format, int opsIndex,
                          ApiIndex apiIndex) {

    /** Rows looked at to decide. */
    static final int SAMPLE = 200;

    ArchitectureColumn(int index, String name, SearchSpace space, ArchitectureFormat format) {
        this(index, name, space, format, -1, null);
    }

    ArchitectureColumn(int index, String name, SearchSpace space, ArchitectureFormat format, int opsIndex) {
        this(index, name, space, format, opsIndex, null);
    }

    /**
     * True when the column holds NB201 API indices resolved through {@link #apiIndex}: it then stays a numeric
     * column of the table too, and the rows' architecture text is the NB201 arch string, not the index.
     */
    boolean byApiIndex() {
        return apiIndex != null;
    }

    /** The text a row's architecture is shown by: the file's, or for an index column the arch string. */
    String archText(String fileText, Architecture a) {
        return byApiIndex() ? format.format(a) : fileText;
    }

    /** True when the architecture is an NB101 spec spread over an adjacency and an ops column. */
    boolean twoColumns() {
        return opsIndex >= 0;
    }

    /** The architecture text of a row: one field, or the adjacency and ops fields joined by a space. */
    String text(List<String> fields) {
        return twoColumns() ? fields.get(index).strip() + " " + fields.get(opsIndex).strip() : fields.get(index);
    }

    private static final ArchitectureFormat NB101_FLAT =
            ArchitectureFormat.ofCell("NB101 adjacency + ops", Nb101FlatSpec::parse, Nb101FlatSpec::format);

    static final ArchitectureFormat NASLIB_COMPACT =
            ArchitectureFormat.of("NASLib compact DARTS key", DartsGenotype::parseNaslibCompact, DartsGenotype::format);

    /**
     * An NB101 raw spec in two columns: {@code adjacency_7x7} (or a column of N×N '0'/'1' characters)
     * and {@code ops} (or a column of '|'-joined labels input..output); null when the table has none.
     */
    private static ArchitectureColumn twoColumn(List<String> header, List<List<String>> sample) {
        int adjacency = header.indexOf("adjacency_7x7");
        int ops = header.indexOf("ops");
        for (int i = 0; i < header.size() && (adjacency < 0 || ops < 0); i++) {
            if (adjacency < 0 && most(sample, i, Nb101FlatSpec::looksLikeAdjacency)) {
                adjacency = i;
            } else if (ops < 0 && most(sample, i, Nb101FlatSpec::looksLikeOps)) {
                ops = i;
            }
        }
        if (adjacency < 0 || ops < 0) {
            return null;
        }
        ArchitectureColumn c = new ArchitectureColumn(adjacency, header.get(adjacency) + " + " + header.get(ops),
                SearchSpace.NB101, NB101_FLAT, ops);
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

    private static boolean most(List<List<String>> sample, int col, java.util.function.Predicate<String> test) {
        long n = sample.stream().filter(r -> col < r.size() && test.test(r.get(col))).count();
        return n > 0 && 2 * n >= sample.size();
    }

    private record Candidate(SearchSpace space, ArchitectureFormat format) {
    }

    static ArchitectureColumn find(List<String> header, List<List<String>> sample, ReadOptions options) {
        if (options.archColumn() == null && (options.space() == null || options.space() == SearchSpace.NB101)) {
            ArchitectureColumn flat = twoColumn(header, sample);
            if (flat != null) {
                return flat;
            }
        }
        List<Candidate> candidates = candidates(options.space());
        List<Integer> columns = new ArrayList<>();
        if (options.archColumn() != null) {
            int i = header.indexOf(options.archColumn());
            if (i < 0) {
                throw new SedException("no column named '" + options.archColumn() + "' (columns: " + String.join(", ", header) + ")");
            }
            columns.add(i);
        } else {
            for (int i = 0; i < header.size(); i++) {
                columns.add(i);
            }
        }
        ArchitectureColumn best = null;
        int bestParsed = 0;
        SedException firstError = null;
        for (Candidate c : candidates) {
            for (int col : columns) {
                int parsed = 0;
                int present = 0;
                for (List<String> row : sample) {
                    if (col >= row.size() || row.get(col).isBlank()) {
                        continue;
                    }
                    present++;
                    try {
                        c.format().parse(row.get(col).strip());
                        parsed++;
                    } catch (SedException e) {
                        if (firstError == null && options.space() != null) {
                            firstError = e;
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
        if (options.archColumn() != null) {
            String first = sample.isEmpty() || columns.get(0) >= sample.get(0).size() ? "" : sample.get(0).get(columns.get(0));
            throw new SedException("column '" + options.archColumn() + "' does not hold architectures of "
                    + (options.space() != null ? options.space().displayName() : "a known space")
                    + " (first value '" + (first.length() > 60 ? first.substring(0, 57) + "..." : first) + "'"
                    + (firstError != null ? ": " + firstError.getMessage() : "") + ")");
        }
        throw new SedException("no column holds architectures (looked at the first " + sample.size() + " rows of "
                + String.join(", ", header) + "); name the column and space with --arch-column and --space");
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
            throw new SedException("column '" + name + "' holds NAS-Bench-201 API indices, not architectures: load an NB201 "
                    + "table that maps them first (e.g. nb201-nats-landscape.csv), or give --index-table FILE");
        }
        return new ArchitectureColumn(col, name, SearchSpace.NB201, options.apiIndex().format(), -1, options.apiIndex());
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
            return List.of(new Candidate(space, ArchitectureFormats.forSpace(space)), new Candidate(space, NASLIB_COMPACT));
        }
        if (space != null) {
            return List.of(new Candidate(space, ArchitectureFormats.forSpace(space)));
        }
        ArchitectureFormat tnbCodes = ArchitectureFormat.ofCell("TransNAS micro code", text -> {
            if (!TransNasCode.looksLikeCode(text)) {
                throw CellFormatException.atColumn("not a TransNAS code", 1);
            }
            return TransNasCode.parse(text);
        }, TransNasCode::format);
        return List.of(new Candidate(SearchSpace.TRANSNAS_MICRO, tnbCodes),
                new Candidate(SearchSpace.NB201, ArchitectureFormats.forSpace(SearchSpace.NB201)),
                new Candidate(SearchSpace.NB101, ArchitectureFormats.forSpace(SearchSpace.NB101)),
                new Candidate(SearchSpace.DARTS, ArchitectureFormats.forSpace(SearchSpace.DARTS)),
                new Candidate(SearchSpace.DARTS, NASLIB_COMPACT));
    }
}

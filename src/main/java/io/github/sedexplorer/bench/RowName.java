package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.TransNasCode;

import java.util.List;
import java.util.OptionalInt;

/**
 * How a row is named to a person: by the benchmark's own identity of its cell (the NB201 API index, the TransNAS
 * code, the NB101 hash a table carries), else by its place in the file ("line 12"): the row's position in a
 * loaded table means nothing to anyone.
 */
public final class RowName {

    /** Text columns that hold NAS-Bench-101's module hash, matched ignoring case. */
    public static final List<String> HASH_COLUMNS = List.of("hash", "module_hash", "unique_hash", "spec_hash", "nb101_hash");

    private RowName() {
    }

    /**
     * @param index the NB201 API index to name NB201 rows by (from this or another loaded table), or null
     */
    public static String of(BenchmarkTable t, int row, ApiIndex index) {
        Architecture a = t.architecture(row);
        if (t.space() == SearchSpace.NB201 && index != null) {
            OptionalInt i = index.indexOf(a);
            if (i.isPresent()) {
                return "API index " + i.getAsInt();
            }
        }
        if (t.space() == SearchSpace.TRANSNAS_MICRO) {
            return TransNasCode.format(a.cell());
        }
        if (t.space() == SearchSpace.NB101) {
            for (String wanted : HASH_COLUMNS) {
                for (String column : t.textNames()) {
                    if (column.equalsIgnoreCase(wanted) && t.text(column, row) != null) {
                        return "hash " + t.text(column, row);
                    }
                }
            }
        }
        return t.place(row);
    }
}

package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.cell.SearchSpace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables through the core reader ({@link io.github.sedexplorer.bench.TableReader}): CSV, TSV, JSON and the
 * NAS-Bench-Suite-Zero zero-cost JSON. Only the domain error escapes, every row is accounted for, and a valid
 * table (however long its cells, whatever its line ends) loads.
 */
@ExtendWith(FuzzReport.class)
class TableFuzzTest {

    @TempDir
    Path dir;

    @Test
    void csv() {
        fuzz("table/csv", TableInputs.Format.CSV, "t.csv");
    }

    @Test
    void tsv() {
        fuzz("table/tsv", TableInputs.Format.TSV, "t.tsv");
    }

    @Test
    void json() {
        fuzz("table/json", TableInputs.Format.JSON, "t.json");
    }

    @Test
    void naslibZeroCostJson() {
        fuzz("table/naslib-zc", TableInputs.Format.NASLIB, "zc.json");
    }

    private void fuzz(String path, TableInputs.Format format, String fileName) {
        Path file = dir.resolve(fileName);
        Fuzzer.run(path, (r, i) -> withOptions(TableInputs.make(format, r, i), r), in -> check(path, file, in));
    }

    /** Now and then the options a user would give: the space, the architecture column. */
    static FuzzInput withOptions(FuzzInput in, SplittableRandom r) {
        if (in.how().startsWith(Fuzzer.VALID) || r.nextInt(5) != 0) {
            return in;
        }
        List<String> args = new ArrayList<>();
        if (r.nextBoolean()) {
            args.add("--space");
            args.add(Seeds.LINE_SPACES.get(r.nextInt(Seeds.LINE_SPACES.size())).id());
        }
        if (r.nextBoolean()) {
            args.add("--arch-column");
            args.add(new String[] {"arch_str", "arch", "genotype", "spec", "naslib_key", "architecture", "val_acc", "nope"}[r.nextInt(8)]);
        }
        return in.withArgs(args);
    }

    static ReadOptions options(List<String> args) {
        SearchSpace space = null;
        String column = null;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (args.get(i).equals("--space")) {
                space = SearchSpace.byId(args.get(i + 1)).orElse(null);
            } else if (args.get(i).equals("--arch-column")) {
                column = args.get(i + 1);
            }
        }
        return new ReadOptions(space, column);
    }

    static void check(String path, Path file, FuzzInput in) {
        Checks.Outcome<BenchmarkTable> o = TableChecks.read(path, file, in.bytes(TableInputs.PART), options(in.args()));
        if (in.how().startsWith(Fuzzer.VALID)) {
            Checks.require(o.ok(), path + ": a valid table is refused", o.ok() ? "" : String.valueOf(o.error().getMessage()));
        }
    }
}

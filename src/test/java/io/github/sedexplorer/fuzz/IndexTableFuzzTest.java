package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.bench.ApiIndex;
import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.ReadOptions;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index tables through the core: the index table is read ({@link io.github.sedexplorer.bench.TableReader}),
 * its map built ({@link ApiIndex#from}), and the data table read through it. Only the domain error escapes at each
 * step, both tables' rows are accounted for, and a valid pair resolves.
 */
@ExtendWith(FuzzReport.class)
class IndexTableFuzzTest {

    @TempDir
    Path dir;

    @Test
    void indexTables() {
        Path index = dir.resolve("index.csv");
        Path data = dir.resolve("data.csv");
        Fuzzer.run("index-table", IndexInputs::make, in -> check(index, data, in));
    }

    static void check(Path indexFile, Path dataFile, FuzzInput in) {
        boolean valid = in.how().startsWith(Fuzzer.VALID);
        Checks.Outcome<BenchmarkTable> t = TableChecks.read("index-table (index)", indexFile, in.bytes(IndexInputs.INDEX), ReadOptions.detect());
        ApiIndex index = null;
        if (t.ok()) {
            Checks.Outcome<Optional<ApiIndex>> o = Checks.domain("ApiIndex.from", () -> ApiIndex.from(t.value()));
            if (o.ok() && o.value().isPresent()) {
                ApiIndex idx = o.value().get();
                index = idx;
                Checks.require(idx.size() <= t.value().rows(), "index-table: the index maps more cells than the table has rows",
                        idx.size() + " > " + t.value().rows());
                Checks.run("ApiIndex lookups", () -> {
                    for (long i : new long[] {-1, 0, 1, 6111, 9930, 15_624, 15_625, Long.MAX_VALUE, Long.MIN_VALUE}) {
                        idx.archString(i).ifPresent(s -> idx.indexOf(idx.architecture(i).orElseThrow()));
                    }
                });
            }
            if (valid) {
                Checks.require(o.ok() && o.value().isPresent(), "index-table: a valid index table gives no index",
                        o.ok() ? "empty" : o.error().getMessage());
            }
        } else if (valid) {
            Checks.require(false, "index-table: a valid index table is refused", t.error().getMessage());
        }
        ReadOptions options = index == null ? ReadOptions.detect() : ReadOptions.detect().withApiIndex(index);
        Checks.Outcome<BenchmarkTable> d = TableChecks.read("index-table (data)", dataFile, in.bytes(IndexInputs.DATA), options);
        if (valid) {
            Checks.require(d.ok(), "index-table: a valid data table is refused with its index", d.ok() ? "" : d.error().getMessage());
        }
    }
}

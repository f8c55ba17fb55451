package io.github.sedexplorer.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real tables of ../shared/benchmarks ({@link SharedBenchmarks}), each read once a test JVM and shared: a
 * BenchmarkTable is immutable, and the tests that take one as their input (statistics, the lab, the app's views)
 * need not read 15,625 rows again each. Tests of reading itself read the file.
 */
public final class SharedTables {

    private static final Map<String, BenchmarkTable> READ = new ConcurrentHashMap<>();

    private SharedTables() {
    }

    /** The table of that file name, read on first use; skips the test when the file is absent. */
    public static BenchmarkTable of(String name) {
        java.nio.file.Path f = SharedBenchmarks.file(name);
        return READ.computeIfAbsent(name, n -> TableReader.read(f));
    }
}

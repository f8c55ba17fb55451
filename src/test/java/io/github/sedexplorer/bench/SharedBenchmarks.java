package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real tables in ../shared/benchmarks (system property sed.benchmarks); tests skip when they are absent. */
public final class SharedBenchmarks {

    private SharedBenchmarks() {
    }

    public static Path file(String name) {
        Path dir = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"));
        Path f = dir.resolve(name);
        assumeTrue(Files.isReadable(f), "skipping: " + f.toAbsolutePath() + " is absent (set -Dsed.benchmarks=DIR)");
        return f;
    }
}

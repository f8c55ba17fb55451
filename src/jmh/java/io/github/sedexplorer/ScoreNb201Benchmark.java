package io.github.sedexplorer;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + score all 15,625 NAS-Bench-201 arch strings on one thread (issue goal: ≤ 7 ms, ten times
 * a plain Python loop over the same formula).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class ScoreNb201Benchmark {

    @Param({"sed-path", "sed-flow"})
    public String model;

    private List<String> archStrings;
    private SedModel sed;

    @Setup
    public void setUp() {
        archStrings = SpaceEnumerator.cells(SearchSpace.NB201).stream().map(Nb201ArchString::format).toList();
        sed = SedModels.create(model, 16);
    }

    @Benchmark
    public double parseAndScoreAll() {
        double checksum = 0;
        for (String s : archStrings) {
            Cell c = Nb201ArchString.parse(s);
            double score = sed.score(c);
            if (score != Double.NEGATIVE_INFINITY) {
                checksum += score;
            }
        }
        return checksum;
    }
}

package io.github.sedexplorer;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.search.Candidate;
import io.github.sedexplorer.search.Search;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SED search on one thread: every NB201 cell, top 10 (goal ≤ 50 ms; the cell list is enumerated once
 * per JVM, in setup here) and 10,000 DARTS evaluations by regularized evolution (goal ≤ 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class SearchBenchmark {

    private SedModel sed16;

    @Setup
    public void setUp() {
        sed16 = SedModels.create("sed-path", 16);
        Search.exhaustive(SearchSpace.NB201, sed16, 0, 1, null);
    }

    @Benchmark
    public List<Candidate> exhaustiveNb201() {
        return Search.exhaustive(SearchSpace.NB201, sed16, 0, 10, null);
    }

    @Benchmark
    public List<Candidate> evolutionDarts10k() {
        return Search.evolution(SearchSpace.DARTS, sed16, 0, 10_000, 0, 10, null);
    }
}

package io.github.sedexplorer.microscope;

import io.github.sedexplorer.ShortBenchmark;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.Nb201ArchString;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * Issue 18's budgets, one core: the microscope on an NB201 cell at the defaults (C = 16, 32×32, s = 3, K = 4; every
 * node's variance, local entropy, heat map and ρ(1)) within 100 ms, and sed-local-mc on one cell (its fixed C = 8,
 * 16×16, K = 2; uncached, as the first cell of an isomorphism class costs). The cell has five convolutions, the
 * costliest kind of NB201 cell but one (all six edges nor_conv_3x3).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MicroscopeBenchmark extends ShortBenchmark {

    private Architecture cell;
    private Forward.Graph canonical;

    @Setup
    public void setUp() {
        cell = Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"));
        canonical = LocalMcModel.graph(CellIsomorphism.key(cell.cell()));
    }

    @Benchmark
    public Measurement microscopeAtDefaults() {
        return Microscope.measure(cell, 16, MicroscopeSettings.defaults(), () -> false);
    }

    @Benchmark
    public double localMcOneCell() {
        return Microscope.outputLocalEntropy(canonical, false, LocalMcModel.SETTINGS);
    }
}

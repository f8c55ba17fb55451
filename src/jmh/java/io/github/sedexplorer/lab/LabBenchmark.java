package io.github.sedexplorer.lab;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.sed.ModelSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The proxy lab's budget (≤ 100 ms): one op rescores NB201 landscape (15,625 cells, 3 targets) and TransNAS micro
 * (4,096 cells, 7 targets) and ranks against all 10 targets. Two settings alternate so no result carries over.
 * {@code reference} is the same work through Proxy.sed + CorrelationStats.of, for comparison. The tables come from
 * -Dsed.benchmarks (default ../shared/benchmarks, relative to where the benchmark runs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LabBenchmark {

    private ProxyLab lab;
    private final ModelSpec[] path = {ModelSpec.reconstruction(16), new ModelSpec(null, false, 17, Map.of(Op.CONV_3X3, 2.0))};
    private final ModelSpec[] flow = {path[0].withFlow(true), path[1].withFlow(true)};
    private final ModelSpec[] dragPath = drag(path[1]);
    private final ModelSpec[] dragFlow = drag(flow[1]);
    private int calls;

    /** The setting at each C of the grid, up and back down, as a slider dragged across its range gives them. */
    private static ModelSpec[] drag(ModelSpec s) {
        int[] grid = ProxyLab.channelGrid();
        ModelSpec[] out = new ModelSpec[2 * grid.length - 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.withChannels(grid[i < grid.length ? i : 2 * grid.length - 2 - i]);
        }
        return out;
    }

    @Setup
    public void setUp() {
        Path dir = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"));
        List<BenchmarkTable> tables = new ArrayList<>();
        for (String name : List.of("nb201-nats-landscape.csv", "tnb101-micro-naslib.csv")) {
            Path f = dir.resolve(name);
            if (!Files.isReadable(f)) {
                throw new IllegalStateException(f.toAbsolutePath() + " is absent: set -Dsed.benchmarks=DIR");
            }
            tables.add(TableReader.read(f));
        }
        lab = new ProxyLab(tables);
    }

    @Benchmark
    public List<ProxyLab.Figure> sedPath() {
        return lab.evaluate(path[calls++ & 1]);
    }

    @Benchmark
    public List<ProxyLab.Figure> sedFlow() {
        return lab.evaluate(flow[calls++ & 1]);
    }

    /** The sensitivity plot: τ of all 10 targets at each of the 36 C of the grid, sed-path. */
    @Benchmark
    public double[][] sensitivityPath() {
        return lab.sensitivity(path[calls++ & 1], ProxyLab.channelGrid(), () -> false);
    }

    /** The same sweep, sed-flow (a change of aggregation or Δ in flow mode sweeps this). */
    @Benchmark
    public double[][] sensitivityFlow() {
        return lab.sensitivity(flow[calls++ & 1], ProxyLab.channelGrid(), () -> false);
    }

    /**
     * The sweep as the Lab makes it while C is dragged: a newer setting overtakes it every fourth C and it goes on
     * where it stopped ({@link ProxyLab.Sweep}); against {@link #sensitivityPath} this is the cost of giving way.
     */
    @Benchmark
    public double[][] sensitivityOvertakenEveryFourC() {
        ProxyLab.Sweep sweep = lab.sweep(path[calls++ & 1], ProxyLab.channelGrid());
        int[] asked = {0};
        while (!sweep.advance(() -> ++asked[0] % 5 == 0)) {
            // the next turn of the worker
        }
        return sweep.tau();
    }

    /**
     * One step of a C drag with the sweep already made, the worker's whole job for a new C: both tables rescored at
     * the next C of a walk up and down the grid, all 10 targets ranked. The drag's figures follow at this rate.
     */
    @Benchmark
    public List<ProxyLab.Figure> dragStepPath() {
        return lab.evaluate(dragPath[calls++ % dragPath.length]);
    }

    /** As {@link #dragStepPath}, sed-flow. */
    @Benchmark
    public List<ProxyLab.Figure> dragStepFlow() {
        return lab.evaluate(dragFlow[calls++ % dragFlow.length]);
    }

    /** What the lab replaces: Proxy.sed scores and CorrelationStats.of for every target. */
    @Benchmark
    public List<Correlation> reference() {
        ModelSpec s = path[calls++ & 1];
        List<Correlation> out = new ArrayList<>();
        BenchmarkTable last = null;
        double[] scores = null;
        for (ProxyLab.Target t : lab.targets()) {
            if (t.table() != last) {
                last = t.table();
                scores = Proxy.sed(s.model()).scores(last);
            }
            out.add(CorrelationStats.of(scores, last.metric(t.column()), 10));
        }
        return out;
    }
}

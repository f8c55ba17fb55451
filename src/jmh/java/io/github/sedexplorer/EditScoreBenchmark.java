package io.github.sedexplorer;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The model side of one editor keystroke on a 50-node free cell: set an edge's op, rebuild the cell
 * (rules, cycle check), and take it apart for the panel (contributions, node entropy, 200 listed paths).
 * The editor's budget for edit → score → repaint is one frame, 16 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditScoreBenchmark {

    private Cell cell;
    private SedModel model;
    private int step;

    /**
     * The 50-node free cell of the editor's speed figures: a chain of 3x3 convolutions, and from each node skips
     * and 1x1s to the next 2..4 (seed 42). EditorRepaintBenchmark edits it too.
     */
    public static Cell fiftyNodeCell() {
        Random r = new Random(42);
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.INPUT);
        for (int i = 1; i < 49; i++) {
            nodes.add(Node.INTERMEDIATE);
        }
        nodes.add(Node.OUTPUT);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            edges.add(new Edge(i, i + 1, Op.CONV_3X3));
            for (int j = i + 2; j < Math.min(50, i + 5); j++) {
                if (r.nextDouble() < 0.6) {
                    edges.add(new Edge(i, j, r.nextBoolean() ? Op.SKIP : Op.CONV_1X1));
                }
            }
        }
        return Cell.of(SearchSpace.FREE, nodes, edges);
    }

    @Setup
    public void setUp() {
        cell = fiftyNodeCell();
        model = SedModels.create("sed-path", 16);
    }

    @Benchmark
    public double editAndAnalyse() {
        Edge e = cell.edge(step++ % cell.edgeCount());
        Cell edited = CellEdits.setEdgeOp(cell, e.from(), e.to(), e.op().equals(Op.CONV_3X3) ? Op.AVG_POOL_3X3 : Op.CONV_3X3);
        SedAnalysis a = model.analyse(edited);
        double sum = a.score();
        for (int i = 0; i < edited.edgeCount(); i++) {
            sum += a.edgeContribution(i);
        }
        for (int v = 0; v < edited.nodeCount(); v++) {
            sum += a.nodeEntropy(v);
        }
        return sum + a.paths(200).size();
    }
}

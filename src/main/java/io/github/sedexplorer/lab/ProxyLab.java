package io.github.sedexplorer.lab;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.TargetRanks;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.sed.FlowSteps;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.OpEntropy;
import io.github.sedexplorer.sed.PathTerms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The proxy lab's engine: Kendall τ-b and Spearman ρ of the SED model a {@link ModelSpec} describes against
 * every target of every loaded table, fast enough to follow a slider. Per table it keeps the targets ranked
 * ({@link TargetRanks}), sed-path taken apart into its linear terms ({@link PathTerms}) and sed-flow compiled into
 * its propagation steps ({@link FlowSteps}), so a new setting costs one pass over the rows and one ranking of the
 * scores. Both replays give the models' scores to the last bit, so the figures are
 * {@code CorrelationStats.of(Proxy.sed(setting.model()).scores(table), target, k)}'s.
 *
 * <p>Immutable after construction: any thread may call any method, several at once (a {@link Sweep} it hands out is one
 * thread's at a time).
 */
public final class ProxyLab {

    /** One target: a metric column of a loaded table. */
    public record Target(BenchmarkTable table, String column) {
        /** "file · column", as the lab lists it. */
        public String label() {
            return table.source() + " · " + column;
        }
    }

    /** The agreement of a setting's scores with one target: rows used and skipped, τ-b and ρ. */
    public record Figure(Target target, int n, int skipped, double kendall, double spearman) {
    }

    private final List<BenchmarkTable> tables;
    private final List<Target> targets;
    private final List<Op> ops;
    private final PathTerms[] terms;
    private final FlowSteps[] flows;
    private final TargetRanks[] ranks;
    /** Per table, its targets in {@link #targets} order. */
    private final List<List<Target>> targetsOf;

    /** Takes each table's targets as {@link ProxyComparison#accuracyColumns}; a table without any is left out. */
    public ProxyLab(List<BenchmarkTable> loaded) {
        List<BenchmarkTable> kept = new ArrayList<>();
        List<Target> all = new ArrayList<>();
        List<List<Target>> perTable = new ArrayList<>();
        Set<Op> opSet = new LinkedHashSet<>();
        for (BenchmarkTable t : loaded) {
            t.space().ops().stream().filter(Op::isReal).forEach(opSet::add);
            List<String> columns = ProxyComparison.accuracyColumns(t);
            if (!columns.isEmpty()) {
                kept.add(t);
                List<Target> mine = columns.stream().map(c -> new Target(t, c)).toList();
                perTable.add(mine);
                all.addAll(mine);
            }
        }
        tables = List.copyOf(kept);
        targets = List.copyOf(all);
        targetsOf = List.copyOf(perTable);
        terms = new PathTerms[tables.size()];
        flows = new FlowSteps[tables.size()];
        ranks = new TargetRanks[tables.size()];
        for (int i = 0; i < tables.size(); i++) {
            BenchmarkTable t = tables.get(i);
            terms[i] = PathTerms.of(t.architectures());
            flows[i] = FlowSteps.of(t.architectures());
            opSet.addAll(terms[i].ops());
            ranks[i] = new TargetRanks(targetsOf.get(i).stream().map(g -> t.metric(g.column())).toArray(double[][]::new));
        }
        ops = List.copyOf(opSet);
    }

    /** The loaded tables with at least one target, in load order. */
    public List<BenchmarkTable> tables() {
        return tables;
    }

    /** Every target of every table with one, table by table in load order. */
    public List<Target> targets() {
        return targets;
    }

    /** The real ops of the loaded tables' spaces (and any other op their cells use): the Δ table's rows. */
    public List<Op> ops() {
        return ops;
    }

    /** τ and ρ of the setting's model against every target, in {@link #targets()} order. */
    public List<Figure> evaluate(ModelSpec setting) {
        List<Figure> out = new ArrayList<>(targets.size());
        OpEntropy entropy = setting.entropy();
        for (int i = 0; i < tables.size(); i++) {
            add(i, setting.flow(), entropy, out);
        }
        return out;
    }

    /** The reference: each table at its space's default C, no edited Δ, sed-path. */
    public List<Figure> reconstruction() {
        List<Figure> out = new ArrayList<>(targets.size());
        for (int i = 0; i < tables.size(); i++) {
            add(i, false, ModelSpec.reconstruction(tables.get(i).space().defaultChannels()).entropy(), out);
        }
        return out;
    }

    /**
     * τ and ρ of any proxy's scores against the table's targets, in {@link #targets()} order: the figures
     * {@code CorrelationStats.of(scores, target, k)} gives, by the rules of every other figure here (a proxy with no C or
     * Δ to tune, such as a measured one, compared beside the setting's).
     *
     * @param scores one per row of the table
     * @throws IllegalArgumentException when the table is not one of {@link #tables()} or the scores are not one per row
     */
    public List<Figure> figures(BenchmarkTable table, double[] scores) {
        int i = indexOf(table);
        if (i < 0) {
            throw new IllegalArgumentException(table.source() + " is not one of the lab's tables");
        }
        List<Figure> out = new ArrayList<>(targetsOf.get(i).size());
        add(i, scores, out);
        return out;
    }

    private int indexOf(BenchmarkTable table) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i) == table) {
                return i;
            }
        }
        return -1;
    }

    /** C from 1 to 1024, log-spaced: the distinct values of round(2^(k/4)), k = 0..40. */
    public static int[] channelGrid() {
        return IntStream.rangeClosed(0, 40).map(k -> (int) Math.round(Math.pow(2, k / 4.0))).distinct().toArray();
    }

    /**
     * τ of every target at each C, the setting's edited Δ and aggregation held fixed.
     *
     * @param channels  the C values (each at least 1)
     * @param cancelled asked before each C
     * @return tau[targetIndex][channelIndex], targets in {@link #targets()} order
     * @throws CancellationException as soon as {@code cancelled} says so; nothing partial is returned
     */
    public double[][] sensitivity(ModelSpec setting, int[] channels, BooleanSupplier cancelled) {
        Objects.requireNonNull(cancelled, "cancelled");
        Sweep sweep = sweep(setting, channels);
        if (!sweep.advance(cancelled)) {
            throw new CancellationException("sensitivity cancelled at C = " + channels[sweep.done]);
        }
        return sweep.tau();
    }

    /** A sensitivity sweep to be made a few C at a time, see {@link Sweep}. */
    public Sweep sweep(ModelSpec setting, int[] channels) {
        return new Sweep(setting, channels);
    }

    /**
     * {@link #sensitivity} made in steps: {@link #advance} evaluates C after C until it is told to stop, and a later
     * call goes on where the last one stopped, so work that gives way to a newer request is not lost. One thread at a
     * time (a hand-off through an executor's queue is enough).
     */
    public final class Sweep {
        private final ModelSpec setting;
        private final int[] channels;
        private final double[][] tau;
        private int done;

        private Sweep(ModelSpec setting, int[] channels) {
            this.setting = Objects.requireNonNull(setting, "setting");
            this.channels = channels.clone();
            this.tau = new double[targets.size()][channels.length];
        }

        /** The lab it sweeps. */
        public ProxyLab lab() {
            return ProxyLab.this;
        }

        /** The setting whose C is swept (its own C plays no part). */
        public ModelSpec setting() {
            return setting;
        }

        /**
         * Evaluates the remaining C in order, asking {@code stop} before each.
         *
         * @return whether every C is done (true at once when it already was)
         */
        public boolean advance(BooleanSupplier stop) {
            while (done < channels.length) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                List<Figure> figures = evaluate(setting.withChannels(channels[done]));
                for (int t = 0; t < tau.length; t++) {
                    tau[t][done] = figures.get(t).kendall();
                }
                done++;
            }
            return true;
        }

        public boolean complete() {
            return done == channels.length;
        }

        /** tau[targetIndex][channelIndex], a copy; only once {@link #complete}. */
        public double[][] tau() {
            if (!complete()) {
                throw new IllegalStateException("the sweep has " + (channels.length - done) + " C to go");
            }
            double[][] out = new double[tau.length][];
            for (int t = 0; t < tau.length; t++) {
                out[t] = tau[t].clone();
            }
            return out;
        }
    }

    private void add(int table, boolean flow, OpEntropy entropy, List<Figure> out) {
        add(table, flow ? flows[table].scores(entropy) : terms[table].scores(entropy), out);
    }

    private void add(int table, double[] scores, List<Figure> out) {
        TargetRanks.Agreement[] a = ranks[table].evaluateAll(scores);
        List<Target> mine = targetsOf.get(table);
        for (int t = 0; t < a.length; t++) {
            out.add(new Figure(mine.get(t), a[t].n(), a[t].skipped(), a[t].kendall(), a[t].spearman()));
        }
    }
}

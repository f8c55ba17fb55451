package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.util.HashMap;
import java.util.Map;

/**
 * A custom SED model as one immutable value: the aggregation (sed-path or sed-flow), the channel count C and the Δ
 * values set per operation; an operation without one takes the reconstruction's Gaussian Δ at C, so moving C moves
 * every unset Δ and none of the set ones. What a model file holds ({@link ModelFile} reads and writes it, with its
 * name) and what the proxy lab's controls hold (without a name until the setting is saved).
 *
 * <p>Two specs are equal when their name, aggregation, C and Δ table are.
 *
 * @param name     the model's name (its id is {@code custom:<name>}), or null for an unnamed setting, whose model is
 *                 the plain sed-path or sed-flow at the set Δ; not checked here ({@link #named} and {@link ModelFile}
 *                 check it)
 * @param flow     false for sed-path, true for sed-flow
 * @param channels C, at least 1
 * @param deltas   the set Δ per real op (an immutable copy; every value finite)
 */
public record ModelSpec(String name, boolean flow, int channels, Map<Op, Double> deltas) {

    /** @throws IllegalArgumentException for C &lt; 1, a Δ of {@code none} or a non-finite Δ */
    public ModelSpec {
        if (channels < 1) {
            throw new IllegalArgumentException("channel count C must be at least 1, not " + channels);
        }
        deltas.forEach(ModelSpec::requireDelta);
        deltas = Map.copyOf(deltas);
    }

    /** The reconstruction at C channels: unnamed, sed-path, no Δ set. */
    public static ModelSpec reconstruction(int channels) {
        return new ModelSpec(null, false, channels, Map.of());
    }

    public ModelSpec withChannels(int c) {
        return new ModelSpec(name, flow, c, deltas);
    }

    public ModelSpec withFlow(boolean f) {
        return new ModelSpec(name, f, channels, deltas);
    }

    /** @throws IllegalArgumentException for {@code none} or a non-finite Δ */
    public ModelSpec withDelta(Op op, double delta) {
        requireDelta(op, delta);
        Map<Op, Double> m = new HashMap<>(deltas);
        m.put(op, delta);
        return new ModelSpec(name, flow, channels, m);
    }

    /** The op goes back to the reconstruction's Δ. */
    public ModelSpec withoutDelta(Op op) {
        Map<Op, Double> m = new HashMap<>(deltas);
        m.remove(op);
        return new ModelSpec(name, flow, channels, m);
    }

    /** Every op goes back to the reconstruction's Δ (C and aggregation stay). */
    public ModelSpec withoutDeltas() {
        return new ModelSpec(name, flow, channels, Map.of());
    }

    /**
     * The same model under a name, as a model file holds it.
     *
     * @throws SedException when the name is not 1-64 letters, digits or _ . + -
     */
    public ModelSpec named(String newName) {
        if (!ModelFile.validName(newName)) {
            throw new SedException("model name must be 1-64 letters, digits or _ . + -, not " + Quote.quoted(newName));
        }
        return new ModelSpec(newName, flow, channels, deltas);
    }

    /** The op-entropy table: the set Δ over the Gaussian table at C. */
    public OpEntropy entropy() {
        return new TableOpEntropy(channels, deltas);
    }

    /** The Δ the op takes in this model. */
    public double delta(Op op) {
        return entropy().delta(op);
    }

    /** The reconstruction's Gaussian Δ of the op at this C (what a reset returns to). */
    public double reconstructionDelta(Op op) {
        return new GaussianOpEntropy(channels).delta(op);
    }

    /** Whether the op's Δ is set here rather than the reconstruction's. */
    public boolean edited(Op op) {
        return deltas.containsKey(op);
    }

    /**
     * The model: id {@code custom:<name>} when named, else the plain sed-path or sed-flow id. A named and an unnamed
     * spec of the same values score every cell to the same bits.
     */
    public SedModel model() {
        OpEntropy table = entropy();
        SedModel inner = flow ? new VarianceFlowModel(table) : new PathSumModel(table);
        return name == null ? inner : new CustomModel("custom:" + name, inner);
    }

    private static void requireDelta(Op op, Double delta) {
        if (op == null || !op.isReal()) {
            throw new IllegalArgumentException("only a real operation has a Δ, not " + op);
        }
        if (delta == null || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("Δ of " + op.name() + " must be a finite number, not " + delta);
        }
    }

    /** A model with its own id around a path or flow aggregation. */
    private record CustomModel(String id, SedModel inner) implements SedModel {
        @Override
        public OpEntropy opEntropy() {
            return inner.opEntropy();
        }

        @Override
        public double score(Cell cell) {
            return inner.score(cell);
        }
    }
}

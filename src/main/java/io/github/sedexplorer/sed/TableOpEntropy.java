package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Op;

import java.util.Map;

/**
 * A tuned per-operation Δ table: the listed operations take their Δ, every other operation keeps
 * the reconstruction's Gaussian value at the same C. The gain follows from Δ (g = e^{2Δ}), so the
 * flow aggregation works with a tuned table too.
 */
public final class TableOpEntropy implements OpEntropy {

    private final GaussianOpEntropy base;
    private final Map<Op, Double> deltas;

    public TableOpEntropy(int channels, Map<Op, Double> deltas) {
        this.base = new GaussianOpEntropy(channels);
        this.deltas = Map.copyOf(deltas);
    }

    public Map<Op, Double> deltas() {
        return deltas;
    }

    @Override
    public double delta(Op op) {
        Double d = op.isReal() ? deltas.get(op) : null;
        return d != null ? d : base.delta(op);
    }

    @Override
    public double gain(Op op) {
        Double d = op.isReal() ? deltas.get(op) : null;
        return d != null ? Math.exp(2 * d) : base.gain(op);
    }

    @Override
    public int channels() {
        return base.channels();
    }

    @Override
    public String toString() {
        return "tuned Δ table (C=" + channels() + ", " + deltas.size() + " ops)";
    }
}

package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.GaussianOpEntropy;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.OpEntropy;
import io.github.sedexplorer.sed.PathSumModel;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.TableOpEntropy;
import io.github.sedexplorer.sed.VarianceFlowModel;

import java.util.HashMap;
import java.util.Map;

/**
 * The proxy lab's controls as one immutable value: the channel count C, the aggregation (sed-path or sed-flow)
 * and the Δ values the user edited. An op without an override takes the reconstruction's Gaussian Δ at C, so
 * moving C moves every unedited Δ and none of the edited ones.
 *
 * @param channels  C, at least 1
 * @param flow      false for sed-path, true for sed-flow
 * @param overrides edited Δ per real op (an immutable copy; every value finite)
 */
public record LabSetting(int channels, boolean flow, Map<Op, Double> overrides) {

    /** @throws IllegalArgumentException for C &lt; 1, an override of {@code none} or a non-finite Δ */
    public LabSetting {
        if (channels < 1) {
            throw new IllegalArgumentException("channel count C must be at least 1, not " + channels);
        }
        overrides.forEach(LabSetting::requireDelta);
        overrides = Map.copyOf(overrides);
    }

    /** The reconstruction at C channels: sed-path, no edited Δ. */
    public static LabSetting reconstruction(int channels) {
        return new LabSetting(channels, false, Map.of());
    }

    /** The setting a model file describes (its name is not part of a setting). */
    public static LabSetting of(ModelFile.Spec spec) {
        return new LabSetting(spec.channels(), spec.flow(), spec.deltas());
    }

    public LabSetting withChannels(int c) {
        return new LabSetting(c, flow, overrides);
    }

    public LabSetting withFlow(boolean f) {
        return new LabSetting(channels, f, overrides);
    }

    /** @throws IllegalArgumentException for {@code none} or a non-finite Δ */
    public LabSetting withDelta(Op op, double delta) {
        requireDelta(op, delta);
        Map<Op, Double> m = new HashMap<>(overrides);
        m.put(op, delta);
        return new LabSetting(channels, flow, m);
    }

    /** The op goes back to the reconstruction's Δ. */
    public LabSetting withoutDelta(Op op) {
        Map<Op, Double> m = new HashMap<>(overrides);
        m.remove(op);
        return new LabSetting(channels, flow, m);
    }

    public LabSetting withoutOverrides() {
        return new LabSetting(channels, flow, Map.of());
    }

    /** The op-entropy table: the overrides over the Gaussian table at C. */
    public OpEntropy entropy() {
        return new TableOpEntropy(channels, overrides);
    }

    /** The Δ the op takes in this setting. */
    public double delta(Op op) {
        Double d = op.isReal() ? overrides.get(op) : null;
        return d != null ? d : reconstructionDelta(op);
    }

    /** The reconstruction's Gaussian Δ of the op at this C (what a reset returns to). */
    public double reconstructionDelta(Op op) {
        return new GaussianOpEntropy(channels).delta(op);
    }

    public boolean edited(Op op) {
        return overrides.containsKey(op);
    }

    /** The model: scores exactly as the model file {@link #toSpec} describes, read back. */
    public SedModel model() {
        return flow ? new VarianceFlowModel(entropy()) : new PathSumModel(entropy());
    }

    /**
     * The setting as a model file's content.
     *
     * @throws SedException when the name is not 1-64 letters, digits or _ . + -
     */
    public ModelFile.Spec toSpec(String name) {
        if (!ModelFile.validName(name)) {
            throw new SedException("model name must be 1-64 letters, digits or _ . + -, not " + io.github.sedexplorer.cell.Quote.quoted(name));
        }
        return new ModelFile.Spec(name, flow, channels, overrides);
    }

    private static void requireDelta(Op op, Double delta) {
        if (op == null || !op.isReal()) {
            throw new IllegalArgumentException("only a real operation has a Δ, not " + op);
        }
        if (delta == null || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("Δ of " + op.name() + " must be a finite number, not " + delta);
        }
    }
}

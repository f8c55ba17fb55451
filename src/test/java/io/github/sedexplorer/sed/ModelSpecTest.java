package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SharedBenchmarks;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SedException;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ModelSpecTest {

    private static final double LN3 = Math.log(3);

    @Test
    void theReconstructionTakesTheGaussianTableAtC() {
        ModelSpec s = ModelSpec.reconstruction(16);
        assertEquals(16, s.channels());
        assertFalse(s.flow());
        assertTrue(s.deltas().isEmpty());
        assertEquals(LN3 + 0.5 * Math.log(16), s.delta(Op.CONV_3X3), 1e-15);
        assertEquals(-LN3, s.delta(Op.AVG_POOL_3X3), 1e-15);
        assertEquals(0.0, s.delta(Op.SKIP));
        assertEquals("sed-path", s.model().id());
        assertEquals("sed-flow", s.withFlow(true).model().id());
    }

    @Test
    void editedDeltasStayWhenCMovesAndUneditedOnesFollowC() {
        ModelSpec s = ModelSpec.reconstruction(16).withDelta(Op.CONV_3X3, 1.5).withChannels(4);
        assertEquals(4, s.channels());
        assertTrue(s.edited(Op.CONV_3X3));
        assertFalse(s.edited(Op.CONV_1X1));
        assertEquals(1.5, s.delta(Op.CONV_3X3));
        assertEquals(LN3 + 0.5 * Math.log(4), s.reconstructionDelta(Op.CONV_3X3), 1e-15);
        assertEquals(0.5 * Math.log(4), s.delta(Op.CONV_1X1), 1e-15);
        assertEquals(1.5, s.entropy().delta(Op.CONV_3X3));
        assertEquals(Math.exp(3.0), s.entropy().gain(Op.CONV_3X3), 1e-12);

        assertEquals(ModelSpec.reconstruction(4), s.withoutDelta(Op.CONV_3X3));
        assertEquals(ModelSpec.reconstruction(4), s.withDelta(Op.SKIP, 0.2).withoutDeltas());
        assertEquals(s, s.withoutDelta(Op.SKIP));
    }

    @Test
    void badSettingsAreRefused() {
        ModelSpec s = ModelSpec.reconstruction(16);
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.reconstruction(0));
        assertThrows(IllegalArgumentException.class, () -> s.withChannels(-3));
        assertThrows(IllegalArgumentException.class, () -> s.withDelta(Op.NONE, 1));
        assertThrows(IllegalArgumentException.class, () -> s.withDelta(Op.CONV_3X3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.withDelta(Op.CONV_3X3, Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec(null, false, 16, Map.of(Op.NONE, 0.0)));
    }

    @Test
    void overridesAreAnImmutableCopy() {
        Map<Op, Double> m = new HashMap<>(Map.of(Op.CONV_1X1, 0.25));
        ModelSpec s = new ModelSpec(null, true, 8, m);
        m.put(Op.CONV_3X3, 9.0);
        assertEquals(Map.of(Op.CONV_1X1, 0.25), s.deltas());
        assertThrows(UnsupportedOperationException.class, () -> s.deltas().put(Op.SKIP, 1.0));
    }

    @Test
    void aSettingRoundTripsThroughAModelFile() {
        ModelSpec s = new ModelSpec(null, true, 7, Map.of(Op.CONV_3X3, 1.2345678901234567, Op.AVG_POOL_3X3, -0.3));
        ModelSpec spec = ModelFile.read(ModelFile.write(s.named("tuned-1.a")));
        assertEquals("tuned-1.a", spec.name());
        assertEquals(s.named("tuned-1.a"), spec);
        assertEquals("custom:tuned-1.a", spec.model().id());
    }

    @Test
    void aModelNameIsCheckedAsAModelFileChecksIt() {
        ModelSpec s = ModelSpec.reconstruction(16);
        for (String bad : new String[] {"", "two words", "a/b", "x".repeat(65)}) {
            SedException e = assertThrows(SedException.class, () -> s.named(bad));
            assertTrue(e.getMessage().startsWith("model name must be 1-64 letters"), e.getMessage());
            assertFalse(ModelFile.validName(bad), bad);
        }
        assertThrows(SedException.class, () -> s.named(null));
        assertTrue(ModelFile.validName("x".repeat(64)));
    }

    /** A name makes the model custom:<name>; it is part of equality and every with… keeps it. */
    @Test
    void aNamedSpecIsACustomModelThatKeepsItsNameThroughEdits() {
        ModelSpec unnamed = new ModelSpec(null, true, 8, Map.of(Op.CONV_3X3, 1.5));
        ModelSpec named = unnamed.named("tuned");
        assertEquals(new ModelSpec("tuned", true, 8, Map.of(Op.CONV_3X3, 1.5)), named);
        assertFalse(named.equals(unnamed));
        assertEquals("sed-flow", unnamed.model().id());
        assertEquals("custom:tuned", named.model().id());
        assertEquals(8, named.model().opEntropy().channels());
        assertEquals("tuned", named.withChannels(2).withFlow(false).withDelta(Op.SKIP, 0.5).withoutDelta(Op.CONV_3X3)
                .withoutDeltas().name());
        assertEquals(ModelSpec.reconstruction(2).named("tuned"), named.withChannels(2).withFlow(false).withoutDeltas());
    }

    /** The lab's model and the model file it saves score every NB201 cell to the same bits, path and flow. */
    @Test
    void theModelScoresEveryNb201CellAsItsSavedFileDoes() {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file("nb201-nats-landscape.csv"));
        ModelSpec path = new ModelSpec(null, false, 5, Map.of(Op.CONV_3X3, 1.0 / 3, Op.AVG_POOL_3X3, -0.7071067811865476,
                Op.SKIP, 0.1));
        for (ModelSpec s : new ModelSpec[] {path, path.withFlow(true)}) {
            SedModel lab = s.model();
            SedModel saved = ModelFile.read(ModelFile.write(s.named("lab"))).model();
            for (Architecture a : t.architectures()) {
                assertEquals(Double.doubleToRawLongBits(saved.score(a)), Double.doubleToRawLongBits(lab.score(a)), a.toString());
            }
        }
    }
}

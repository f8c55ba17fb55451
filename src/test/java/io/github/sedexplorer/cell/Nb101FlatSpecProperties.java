package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Nb101FlatSpecProperties {

    private static final List<String> LABELS = List.of("conv3x3-bn-relu", "conv1x1-bn-relu", "maxpool3x3");

    /** Raw 7-vertex specs as in nb101-mlfe-2000.csv: random upper-triangular bits, random interior labels. */
    @Provide
    Arbitrary<String> rawSpecs() {
        Arbitrary<String> bits = Arbitraries.integers().between(0, 1).list().ofSize(21).map(upper -> {
            char[] m = "0".repeat(49).toCharArray();
            int k = 0;
            for (int i = 0; i < 7; i++) {
                for (int j = i + 1; j < 7; j++) {
                    m[7 * i + j] = upper.get(k++) == 1 ? '1' : '0';
                }
            }
            return new String(m);
        });
        Arbitrary<String> ops = Arbitraries.of(LABELS).list().ofSize(5).map(l -> "input|" + String.join("|", l) + "|output");
        return Combinators.combine(bits, ops).as((b, o) -> b + " " + o);
    }

    @Property(tries = 300)
    void prunedSpecsRoundTripAndPruningIsIdempotent(@ForAll("rawSpecs") String raw) {
        Cell cell;
        try {
            cell = Nb101FlatSpec.parse(raw);
        } catch (CellRuleException disconnectedOrTooManyEdges) {
            return;
        }
        String text = Nb101FlatSpec.format(cell);
        assertEquals(cell, Nb101FlatSpec.parse(text));
        assertEquals(text, Nb101FlatSpec.format(Nb101FlatSpec.parse(text)));
    }

    @Provide
    Arbitrary<String> mutated() {
        return rawSpecs().flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).flatMap(at ->
                Arbitraries.chars().with('0', '1', '2', '|', ' ', 'x', '-').map(c -> s.substring(0, at) + c + s.substring(at + 1))));
    }

    @Property(tries = 500)
    void mutatedAndRandomTextFailOnlyWithTheDomainError(@ForAll("mutated") String mutated, @ForAll String random) {
        for (String text : new String[] {mutated, random, "0100 " + random, mutated.substring(0, mutated.length() / 2)}) {
            try {
                Nb101FlatSpec.parse(text);
            } catch (SedException expected) {
                // the only allowed failure
            }
        }
    }
}

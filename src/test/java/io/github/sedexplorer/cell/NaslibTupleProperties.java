package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NaslibTupleProperties {

    @Provide
    Arbitrary<Cell> cells() {
        return Arbitraries.of(SearchSpace.NB201.ops()).list().ofSize(6)
                .map(ops -> Nb201ArchString.fromOps(SearchSpace.NB201, ops.toArray(Op[]::new)));
    }

    @Property(tries = 300)
    void formatThenParseIsIdentity(@ForAll("cells") Cell cell) {
        String text = NaslibTuple.format(cell);
        assertEquals(cell, NaslibTuple.parse(text));
        assertEquals(cell, NaslibTuple.parse(text.replace(",", ", ")));
        assertEquals(text, NaslibTuple.format(NaslibTuple.parse(text)));
    }

    @Provide
    Arbitrary<String> mutated() {
        return cells().map(NaslibTuple::format).flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).flatMap(at ->
                Arbitraries.chars().with('(', ')', ',', ' ', '0', '4', '5', '9', '-', 'x').map(c ->
                        s.substring(0, at) + c + s.substring(at + 1))));
    }

    @Property(tries = 500)
    void mutatedAndRandomTextFailOnlyWithTheDomainError(@ForAll("mutated") String mutated, @ForAll String random) {
        for (String text : new String[] {mutated, random, "(" + random, mutated.substring(0, mutated.length() / 2)}) {
            try {
                NaslibTuple.parse(text);
            } catch (SedException expected) {
                // the only allowed failure
            }
        }
    }
}

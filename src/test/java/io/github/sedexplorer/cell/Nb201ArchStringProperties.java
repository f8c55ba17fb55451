package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Nb201ArchStringProperties {

    @Provide
    Arbitrary<Cell> cells() {
        Arbitrary<SearchSpace> spaces = Arbitraries.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO);
        return spaces.flatMap(s -> Arbitraries.of(s.ops()).list().ofSize(6)
                .map(ops -> Nb201ArchString.fromOps(s, ops.toArray(Op[]::new))));
    }

    @Property(tries = 500)
    void formatThenParseIsIdentity(@ForAll("cells") Cell cell) {
        String text = Nb201ArchString.format(cell);
        assertEquals(cell, Nb201ArchString.parse(text, cell.space()));
        if (cell.space() == SearchSpace.TRANSNAS_MICRO) {
            assertEquals(cell, TransNasCode.parse(TransNasCode.format(cell)));
        }
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> valid = cells().map(Nb201ArchString::format);
        return valid.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).flatMap(at ->
                Arbitraries.of("delete", "insert", "replace", "truncate").flatMap(how ->
                        Arbitraries.chars().with('|', '~', '+', '0', '1', '2', '3', '9', 'x', '_', ' ', '\u00e9')
                                .map(c -> switch (how) {
                                    case "delete" -> s.substring(0, at) + s.substring(at + 1);
                                    case "insert" -> s.substring(0, at) + c + s.substring(at);
                                    case "replace" -> s.substring(0, at) + c + s.substring(at + 1);
                                    default -> s.substring(0, at);
                                }))));
    }

    @Property(tries = 1000)
    void mutatedStringsFailOnlyWithTheDomainError(@ForAll("mutated") String text) {
        parseOrDomainError(text);
    }

    @Property(tries = 500)
    void randomStringsFailOnlyWithTheDomainError(@ForAll String text) {
        parseOrDomainError(text);
        parseOrDomainError("|" + text);
        parseOrDomainError("64-41414-" + text);
    }

    private static void parseOrDomainError(String text) {
        for (SearchSpace s : List.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO)) {
            try {
                Cell c = Nb201ArchString.parse(text, s);
                assertEquals(text, Nb201ArchString.format(c), "a string that parses is canonical");
            } catch (SedException expected) {
                // the one error type a parser may throw
            }
        }
        try {
            TransNasCode.parse(text);
        } catch (SedException expected) {
            // likewise
        }
    }
}

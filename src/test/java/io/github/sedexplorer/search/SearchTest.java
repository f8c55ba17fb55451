package io.github.sedexplorer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SearchTest {

    private static final SedModel PATH16 = SedModels.create("sed-path", 16);
    private static final String ALL_CONV3 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    private static final double LN3 = Math.log(3);
    private static final double LN16 = Math.log(16);

    private static String arch(Candidate c) {
        return ArchitectureFormats.forSpace(c.architecture().space()).format(c.architecture());
    }

    @Test
    void exhaustiveNb201BestIsAllConv3() {
        List<Candidate> best = Search.exhaustive(SearchSpace.NB201, PATH16, 0, 3, null);
        assertEquals(3, best.size());
        assertEquals(ALL_CONV3, arch(best.get(0)));
        assertEquals(19.879253, best.get(0).score(), 5e-7);
        // 4 paths of lengths 1, 2, 2, 3: 8 edge-path incidences of ln 3 + ½ ln 16 each
        assertEquals(8 * (LN3 + 0.5 * LN16), best.get(0).score(), 1e-9);
        assertEquals(6 * 2304, best.get(0).params());
        // second: one 3x3 on a two-path edge (0->1 or 2->3) would cost 2 ln 3; a one-path edge costs ln 3;
        // of the four such edges, 0->2 spells first ("nor_conv_1x1~0" before "nor_conv_3x3~0")
        assertEquals("|nor_conv_3x3~0|+|nor_conv_1x1~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|",
                arch(best.get(1)));
        assertEquals(8 * (LN3 + 0.5 * LN16) - LN3, best.get(1).score(), 1e-9);
        assertEquals(5 * 2304 + 256, best.get(1).params());
    }

    @Test
    void budgetOf11520NeedsTwoCheaperOneByOnes() {
        // all 3x3: 13,824 > 11,520; one 1x1 instead: 11,776 > 11,520; two: 9,728 fits. The cheapest loss is
        // two one-path edges (ln 3 each); of the six such cells, {0->2, 1->2} as 1x1 spells first.
        List<Candidate> best = Search.exhaustive(SearchSpace.NB201, PATH16, 11_520, 7, null);
        assertEquals("|nor_conv_3x3~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|",
                arch(best.get(0)));
        assertEquals(6 * LN3 + 4 * LN16, best.get(0).score(), 1e-9);
        assertEquals(4 * 2304 + 2 * 256, best.get(0).params());
        for (int i = 0; i < 6; i++) {
            assertEquals(6 * LN3 + 4 * LN16, best.get(i).score(), 1e-9, "six tied cells");
            assertEquals(9728, best.get(i).params());
        }
        assertTrue(best.get(6).score() < best.get(5).score());
        for (Candidate c : best) {
            assertTrue(c.params() <= 11_520);
        }
    }

    @Test
    void exhaustiveAgreesWithBruteForceOrder() {
        List<Candidate> mine = Search.exhaustive(SearchSpace.NB201, PATH16, 20_000, 50, null);
        List<Candidate> all = new ArrayList<>();
        for (Architecture a : Search.enumerated(SearchSpace.NB201)) {
            all.add(new Candidate(a, PATH16.score(a), io.github.sedexplorer.cell.ParamCount.of(a, 16)));
        }
        all.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
                : x.params() != y.params() ? Long.compare(x.params(), y.params()) : arch(x).compareTo(arch(y)));
        assertEquals(all.subList(0, 50), mine);
    }

    @Test
    void disconnectedCellsRankLast() {
        List<Candidate> all = Search.exhaustive(SearchSpace.TRANSNAS_MICRO, PATH16, 0, 5000, null);
        assertEquals(4096, all.size(), "every TransNAS micro cell evaluated and kept");
        boolean seenDisconnected = false;
        for (Candidate c : all) {
            if (SedModel.connected(c.score())) {
                assertFalse(seenDisconnected, "a connected cell after a disconnected one");
            } else {
                seenDisconnected = true;
            }
        }
        assertTrue(seenDisconnected);
        int firstDisconnected = 0;
        while (SedModel.connected(all.get(firstDisconnected).score())) {
            firstDisconnected++;
        }
        assertEquals("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|", arch(all.get(firstDisconnected)),
                "among disconnected cells: 0 params first, then by arch string");
        assertEquals("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|none~0|none~1|none~2|",
                arch(all.get(all.size() - 1)), "the disconnected cell with the most params");
    }

    @Test
    void transNasExhaustiveEvaluatesAll4096() {
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        Search.exhaustive(SearchSpace.TRANSNAS_MICRO, SedModels.create("sed-flow", 64), 0, 1, (done, of) -> {
            last.set(done);
            total.set(of);
        });
        assertEquals(4096, last.get());
        assertEquals(4096, total.get());
    }

    @Test
    void stoppedSearchReturnsWhatItHas() {
        AtomicLong last = new AtomicLong();
        List<Candidate> some = Search.random(SearchSpace.DARTS, PATH16, 0, 10_000, 1, 5, new SearchListener() {
            @Override
            public void progress(long evaluated, long total) {
                last.set(evaluated);
            }

            @Override
            public boolean stopped() {
                return last.get() >= 128;
            }
        });
        assertEquals(128, last.get());
        assertEquals(5, some.size());
    }

    @Test
    void randomAndEvolutionAreDeterministicPerSeed() {
        for (SearchSpace s : List.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO, SearchSpace.NB101, SearchSpace.DARTS)) {
            SedModel m = SedModels.create("sed-path", s.defaultChannels());
            assertEquals(Search.random(s, m, 0, 300, 7, 5, null), Search.random(s, m, 0, 300, 7, 5, null), s.id());
            assertEquals(Search.evolution(s, m, 0, 300, 7, 5, null), Search.evolution(s, m, 0, 300, 7, 5, null), s.id());
        }
        SedModel m = SedModels.create("sed-path", 16);
        assertNotEquals(Search.random(SearchSpace.DARTS, m, 0, 300, 7, 5, null),
                Search.random(SearchSpace.DARTS, m, 0, 300, 8, 5, null));
        assertNotEquals(Search.evolution(SearchSpace.DARTS, m, 0, 300, 7, 5, null),
                Search.evolution(SearchSpace.DARTS, m, 0, 300, 8, 5, null));
    }

    @Test
    void resultsAreValidDistinctAndWithinBudget() {
        for (SearchSpace s : List.of(SearchSpace.NB201, SearchSpace.NB101, SearchSpace.DARTS)) {
            SedModel m = SedModels.create("sed-path", s.defaultChannels());
            long budget = s == SearchSpace.NB101 ? 300_000 : s == SearchSpace.DARTS ? 4_000 : 5_000;
            for (List<Candidate> r : List.of(Search.random(s, m, budget, 500, 3, 20, null),
                    Search.evolution(s, m, budget, 500, 3, 20, null))) {
                assertEquals(20, r.size(), s.id());
                var seen = new HashSet<String>();
                for (Candidate c : r) {
                    String text = arch(c);
                    assertTrue(seen.add(text), "duplicate " + text);
                    assertEquals(c.architecture(), ArchitectureFormats.forSpace(s).parse(text), "valid and canonical");
                    assertTrue(c.params() <= budget, text + " has " + c.params());
                    assertEquals(m.score(c.architecture()), c.score());
                }
            }
        }
    }

    @Test
    void evolutionOnDartsBeatsRandomWithTheSameSamples() {
        List<Candidate> evolved = Search.evolution(SearchSpace.DARTS, PATH16, 0, 2000, 0, 1, null);
        List<Candidate> sampled = Search.random(SearchSpace.DARTS, PATH16, 0, 2000, 0, 1, null);
        List<Candidate> initial = Search.random(SearchSpace.DARTS, PATH16, 0, Search.POPULATION, 0, 1, null);
        assertTrue(evolved.get(0).score() >= sampled.get(0).score(),
                evolved.get(0).score() + " < " + sampled.get(0).score());
        // the initial population is the first P random draws of the same seed
        assertTrue(evolved.get(0).score() > initial.get(0).score());
    }

    @Test
    void aBudgetTooTightForRejectionIsStillMet() {
        // a uniform DARTS draw has no weighted op with odds (3/7)^16, about 1 in 770,000
        for (List<Candidate> r : List.of(Search.random(SearchSpace.DARTS, PATH16, 1, 100, 2, 100, null),
                Search.evolution(SearchSpace.DARTS, PATH16, 1, 100, 2, 100, null))) {
            assertFalse(r.isEmpty());
            for (Candidate c : r) {
                assertEquals(0, c.params(), arch(c));
            }
        }
    }

    @Test
    void nb101SamplesArePrunedSpecs() {
        SedModel m = SedModels.create("sed-path", 128);
        for (Candidate c : Search.random(SearchSpace.NB101, m, 0, 200, 5, 200, null)) {
            var cell = c.architecture().cell();
            assertTrue(cell.nodeCount() <= 7 && cell.edgeCount() <= 9);
            assertEquals(cell, io.github.sedexplorer.cell.Nb101Spec.prune(cell));
        }
    }

    @Test
    void badRequestsAreSedExceptions() {
        SedException e = assertThrows(SedException.class,
                () -> Search.exhaustive(SearchSpace.DARTS, PATH16, 0, 10, null));
        assertTrue(e.getMessage().contains("enumerable"), e.getMessage());
        assertThrows(SedException.class, () -> Search.exhaustive(SearchSpace.NB201, PATH16, 0, 0, null));
        assertThrows(SedException.class, () -> Search.random(SearchSpace.NB201, PATH16, 0, 0, 1, 5, null));
        assertThrows(SedException.class, () -> Search.evolution(SearchSpace.FREE, PATH16, 0, 10, 1, 5, null));
    }

    @Test
    void enumeratedCellsAreCachedInSpaceOrder() {
        assertTrue(Search.enumerated(SearchSpace.NB201) == Search.enumerated(SearchSpace.NB201));
        assertEquals(SpaceEnumerator.size(SearchSpace.NB201), Search.enumerated(SearchSpace.NB201).size());
        assertEquals(Nb201ArchString.fromOps(SearchSpace.NB201, SearchSpace.NB201.ops().get(0),
                        SearchSpace.NB201.ops().get(0), SearchSpace.NB201.ops().get(0), SearchSpace.NB201.ops().get(0),
                        SearchSpace.NB201.ops().get(0), SearchSpace.NB201.ops().get(0)),
                Search.enumerated(SearchSpace.NB201).get(0).cell());
    }
}

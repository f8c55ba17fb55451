package io.github.sedexplorer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.search.Search.Algorithm;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a whole search returns: isomorphism classes, the best-so-far curve, and what a stopped one keeps. */
class SearchOutcomeTest {

    private static final SedModel PATH16 = SedModels.create("sed-path", 16);

    @Test
    void foldingNb201LeavesOneCellPerIsomorphismClass() {
        Outcome all = Search.run(Algorithm.EXHAUSTIVE, SearchSpace.NB201, PATH16, 0, 0, 0, 20_000, null);
        assertTrue(all.foldable());
        assertEquals(15_625, all.best().size());
        // 8,764 classes of connected cells (CellIsomorphismTest) and one of the 341 disconnected ones
        assertEquals(8_765, all.folded().size());
        assertEquals(15_625 - 8_765, all.isomorphsFolded(), "every cell is shown or folded into its class's best");
        Set<String> keys = new HashSet<>();
        for (Folded f : all.folded()) {
            assertTrue(keys.add(CellIsomorphism.key(f.candidate().architecture().cell())), "one row per class");
        }
    }

    @Test
    void isomorphicCellsHaveOneScoreSoFoldingLosesNoScore() {
        for (SedModel m : List.of(PATH16, SedModels.create("sed-flow", 16))) {
            Map<String, Double> scoreOf = new HashMap<>();
            for (Architecture a : Search.enumerated(SearchSpace.NB201)) {
                double s = m.score(a);
                Double same = scoreOf.putIfAbsent(Search.isomorphismKey(a), s);
                assertTrue(same == null || same.equals(s) || Math.abs(same - s) <= 1e-9,
                        "isomorphs score alike: " + a);
            }
        }
    }

    @Test
    void foldedTopKIsTheBestOfDistinctClassesAndKeepsTheOrder() {
        Outcome top = Search.run(Algorithm.EXHAUSTIVE, SearchSpace.NB201, PATH16, 0, 0, 0, 20, null);
        Outcome all = Search.run(Algorithm.EXHAUSTIVE, SearchSpace.NB201, PATH16, 0, 0, 0, 20_000, null);
        assertEquals(all.folded().subList(0, 20), top.folded());
        assertEquals(all.best().get(0), top.folded().get(0).candidate());
        assertEquals(0, top.isomorphsFolded(), "NB201's 20 best cells have no isomorphs: only cells with a none edge do");
    }

    @Test
    void dartsHasNoIsomorphismKeys() {
        Outcome o = Search.run(Algorithm.RANDOM, SearchSpace.DARTS, PATH16, 0, 100, 1, 5, null);
        assertFalse(o.foldable());
        assertTrue(o.folded().isEmpty());
        assertEquals(5, o.best().size());
    }

    @Test
    void improvementsTraceTheBestSoFar() {
        List<double[]> points = new ArrayList<>();
        SearchListener listener = new SearchListener() {
            @Override
            public void progress(long evaluated, long total) {
            }

            @Override
            public void improved(long evaluated, double best) {
                points.add(new double[] {evaluated, best});
            }
        };
        Outcome o = Search.run(Algorithm.EVOLUTION, SearchSpace.NB101, PATH16, 0, 2_000, 3, 1, listener);
        assertFalse(points.isEmpty());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i)[0] > points.get(i - 1)[0] && points.get(i)[1] > points.get(i - 1)[1]);
        }
        assertEquals(o.best().get(0).score(), points.get(points.size() - 1)[1], 0, "the curve ends at the best found");
        assertEquals(2_000, o.evaluated());
        assertFalse(o.stopped());
    }

    @Test
    void aStoppedSearchKeepsTheBestOfWhatItEvaluated() {
        SearchListener stopAt640 = new SearchListener() {
            private long seen;

            @Override
            public void progress(long evaluated, long total) {
                seen = evaluated;
            }

            @Override
            public boolean stopped() {
                return seen >= 640;
            }
        };
        Outcome o = Search.run(Algorithm.EXHAUSTIVE, SearchSpace.NB201, PATH16, 0, 0, 0, 10, stopAt640);
        assertTrue(o.stopped());
        assertEquals(640, o.evaluated());
        assertEquals(15_625, o.total());
        List<Candidate> first640 = new ArrayList<>();
        for (Architecture a : Search.enumerated(SearchSpace.NB201).subList(0, 640)) {
            first640.add(new Candidate(a, PATH16.score(a), ParamCount.of(a, 16)));
        }
        first640.sort((x, y) -> Double.compare(y.score(), x.score()));
        assertEquals(first640.get(0).score(), o.best().get(0).score(), 0, "the best of the first 640");
    }
}

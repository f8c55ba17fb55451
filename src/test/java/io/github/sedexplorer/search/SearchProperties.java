package io.github.sedexplorer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellRuleException;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SearchProperties {

    private static final List<SearchSpace> SPACES =
            List.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO, SearchSpace.NB101, SearchSpace.DARTS);

    @Property(tries = 60)
    void searchesReturnValidSortedArchitecturesWithinBudget(@ForAll @IntRange(min = 0, max = 3) int spaceIndex,
                                                            @ForAll boolean evolution, @ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 200) int samples,
                                                            @ForAll @IntRange(min = 1, max = 15) int top,
                                                            @ForAll @LongRange(min = 0, max = 400_000) long budget) {
        SearchSpace space = SPACES.get(spaceIndex);
        SedModel model = SedModels.create("sed-path", space.defaultChannels());
        List<Candidate> found = evolution ? Search.evolution(space, model, budget, samples, seed, top, null)
                : Search.random(space, model, budget, samples, seed, top, null);
        assertTrue(!found.isEmpty() && found.size() <= Math.min(top, samples));
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            String text = ArchitectureFormats.forSpace(space).format(c.architecture());
            assertEquals(c.architecture(), ArchitectureFormats.forSpace(space).parse(text));
            assertTrue(budget == 0 || c.params() <= budget);
            assertEquals(ParamCount.of(c.architecture(), space.defaultChannels()), c.params());
            if (i > 0) {
                Candidate prev = found.get(i - 1);
                assertTrue(prev.score() > c.score() || prev.score() == c.score() && prev.params() <= c.params());
            }
        }
        List<Candidate> again = evolution ? Search.evolution(space, model, budget, samples, seed, top, null)
                : Search.random(space, model, budget, samples, seed, top, null);
        assertEquals(found, again);
    }

    @Property(tries = 300)
    void mutationsChangeOneThingAndDecodeOrFailWithARule(@ForAll @IntRange(min = 0, max = 3) int spaceIndex,
                                                         @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Genome g = Genome.random(SPACES.get(spaceIndex), random);
        for (int step = 0; step < 20; step++) {
            Genome child = g.mutate(random);
            try {
                Architecture a = child.decode();
                assertEquals(SPACES.get(spaceIndex), a.space());
                g = child;
            } catch (CellRuleException invalid) {
                // NB101 only: no path or too many edges; the searches re-draw
                assertEquals(SearchSpace.NB101, SPACES.get(spaceIndex), invalid.getMessage());
            }
        }
    }
}

package io.github.sedexplorer.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.DartsGenotype.Pair;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PublishedGenotypesTest {

    @Test
    void everyLineParsesAsADartsArchitectureWithASource() {
        // all() fails naming the line and entry of the first genotype that does not parse
        for (PublishedGenotypes.Named g : PublishedGenotypes.all()) {
            assertEquals(SearchSpace.DARTS, g.architecture().space(), g.name());
            assertEquals(2, g.architecture().cells().size(), g.name());
            for (Cell cell : g.architecture().cells()) {
                assertEquals(DartsGenotype.PAIRS, DartsGenotype.pairs(cell).size(), g.name());
                assertEquals(DartsGenotype.DEFAULT_CONCAT, DartsGenotype.concat(cell), g.name());
            }
            assertFalse(g.source().isBlank(), g.name());
        }
    }

    @Test
    void namesAreUniqueAndWithoutWhitespace() {
        Set<String> seen = new HashSet<>();
        for (PublishedGenotypes.Named g : PublishedGenotypes.all()) {
            assertTrue(seen.add(g.name()), "duplicate name " + g.name());
            assertTrue(g.name().matches("\\S+"), "name with whitespace: '" + g.name() + "'");
        }
    }

    @Test
    void thereAreAtLeastTen() {
        int n = PublishedGenotypes.all().size();
        assertTrue(n >= 10, "only " + n + " published genotypes");
    }

    @Test
    void dartsV2sNormalCellHasThePublishedOps() {
        Architecture v2 = byName().get("DARTS_V2").architecture();
        List<Pair> normal = DartsGenotype.pairs(v2.cells().get(0));
        assertEquals(new Pair(Op.SEP_CONV_3X3, 0), normal.get(0));
        assertEquals(new Pair(Op.SEP_CONV_3X3, 1), normal.get(1));
        assertEquals(new Pair(Op.SKIP, 0), normal.get(5));
        assertEquals(new Pair(Op.SKIP, 0), normal.get(6));
        assertEquals(new Pair(Op.DIL_CONV_3X3, 2), normal.get(7));
        assertEquals(List.of(
                new Pair(Op.SEP_CONV_3X3, 0), new Pair(Op.SEP_CONV_3X3, 1),
                new Pair(Op.SEP_CONV_3X3, 0), new Pair(Op.SEP_CONV_3X3, 1),
                new Pair(Op.SEP_CONV_3X3, 1), new Pair(Op.SKIP, 0),
                new Pair(Op.SKIP, 0), new Pair(Op.DIL_CONV_3X3, 2)), normal);
        List<Pair> reduce = DartsGenotype.pairs(v2.cells().get(1));
        assertEquals(new Pair(Op.MAX_POOL_3X3, 0), reduce.get(0));
        assertEquals(new Pair(Op.MAX_POOL_3X3, 1), reduce.get(7));
    }

    @Test
    void theSourcesAreTheCommentsAboveEachEntry() {
        Map<String, PublishedGenotypes.Named> byName = byName();
        assertTrue(byName.get("PC_DARTS_cifar").source().contains("yuhuixu1993/PC-DARTS genotypes.py"));
        assertTrue(byName.get("PDARTS").source().contains("chenxin061/pdarts genotypes.py"));
        assertTrue(byName.get("GDAS_V1").source().contains("CONVERTED"));
    }

    @Test
    void theReadingRoundTripsThroughTheCanonicalText() {
        for (PublishedGenotypes.Named g : PublishedGenotypes.all()) {
            assertEquals(g.architecture(), DartsGenotype.parse(DartsGenotype.format(g.architecture())), g.name());
        }
    }

    private static Map<String, PublishedGenotypes.Named> byName() {
        return PublishedGenotypes.all().stream().collect(Collectors.toMap(PublishedGenotypes.Named::name, Function.identity()));
    }
}

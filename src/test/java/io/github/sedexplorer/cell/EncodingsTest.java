package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Encodings.Encoding;
import io.github.sedexplorer.picture.PublishedGenotypes;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every encoding of a cell reads back as that cell, through the parser Import and score use for its space. */
class EncodingsTest {

    private static void readsBack(Architecture a) {
        List<Encoding> encodings = Encodings.of(a);
        assertTrue(encodings.size() >= 1);
        for (Encoding e : encodings) {
            Architecture back = ArchitectureFormats.forSpace(a.space()).parse(e.text());
            assertEquals(a.cells(), back.cells(), e.name() + ": " + e.text());
        }
    }

    @Test
    void everyNb201AndTransNasCellReadsBackFromEachOfItsTexts() {
        for (SearchSpace space : List.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO)) {
            for (Cell c : SpaceEnumerator.cells(space)) {
                readsBack(Architecture.of(c));
            }
        }
    }

    @Test
    void publishedDartsGenotypesReadBackInBothDialects() {
        for (PublishedGenotypes.Named g : PublishedGenotypes.all()) {
            readsBack(g.architecture());
            assertEquals(List.of("DARTS genotype", "AutoDL-Projects genotype"),
                    Encodings.of(g.architecture()).stream().map(Encoding::name).toList());
        }
    }

    /** DARTS_V2 as AutoDL-Projects' genotypes.py writes it, pairs grouped per node, concat as a list. */
    @Test
    void dartsV2InAutoDlsDialect() {
        Architecture v2 = DartsGenotype.parse("Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
                + "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], "
                + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
                + "('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], "
                + "reduce_concat=[2, 3, 4, 5])");
        assertEquals("Genotype(normal=[(('sep_conv_3x3', 0), ('sep_conv_3x3', 1)), (('sep_conv_3x3', 0), ('sep_conv_3x3', 1)), "
                + "(('sep_conv_3x3', 1), ('skip_connect', 0)), (('skip_connect', 0), ('dil_conv_3x3', 2))], "
                + "normal_concat=[2, 3, 4, 5], reduce=[(('max_pool_3x3', 0), ('max_pool_3x3', 1)), "
                + "(('skip_connect', 2), ('max_pool_3x3', 1)), (('max_pool_3x3', 0), ('skip_connect', 2)), "
                + "(('skip_connect', 2), ('max_pool_3x3', 1))], reduce_concat=[2, 3, 4, 5])", DartsGenotype.formatAutoDl(v2));
    }

    @Test
    void nb101HasItsSpecAndAFreeCellNone() {
        Architecture nb101 = Architecture.of(Nb101Spec.parse("{\"matrix\": [[0,1,1],[0,0,1],[0,0,0]], "
                + "\"ops\": [\"input\", \"conv3x3-bn-relu\", \"output\"]}"));
        readsBack(nb101);
        assertEquals(List.of("NB101 spec JSON"), Encodings.of(nb101).stream().map(Encoding::name).toList());
        Cell free = Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.OUTPUT), List.of(new Edge(0, 1, Op.CONV_3X3)));
        assertEquals(List.of(), Encodings.of(Architecture.of(free)));
    }
}

package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.sed.SedModels;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AutoDL-Projects / NATS-Bench genotype dialect: the pairs of each intermediate node grouped in a
 * tuple, {@code normal=[(('op', src), ('op', src)), ...]}, as D-X-Y/AutoDL-Projects
 * lib/nas_infer_model/DXYs/genotypes.py writes DARTS_V1, DARTS_V2 and GDAS_V1 (with per-line
 * {@code # step k} comments and the trailing {@code connectN=None, connects=None} of its namedtuple).
 */
class AutoDlGenotypeTest {

    /** DARTS (first order), as AutoDL-Projects lists it. */
    static final String AUTODL_DARTS_V1 = """
            Genotype(
              normal=[
                (('sep_conv_3x3', 1), ('sep_conv_3x3', 0)), # step 1
                (('skip_connect', 0), ('sep_conv_3x3', 1)), # step 2
                (('skip_connect', 0), ('sep_conv_3x3', 1)), # step 3
                (('sep_conv_3x3', 0), ('skip_connect', 2))  # step 4
              ],
              normal_concat=[2, 3, 4, 5],
              reduce=[
                (('max_pool_3x3', 0), ('max_pool_3x3', 1)), # step 1
                (('skip_connect', 2), ('max_pool_3x3', 0)), # step 2
                (('max_pool_3x3', 0), ('skip_connect', 2)), # step 3
                (('skip_connect', 2), ('avg_pool_3x3', 0))  # step 4
              ],
              reduce_concat=[2, 3, 4, 5],
              connectN=None, connects=None,
            )
            """;

    /** DARTS (second order), ICLR 2019. */
    static final String AUTODL_DARTS_V2 = """
            Genotype(
              normal=[
                (('sep_conv_3x3', 0), ('sep_conv_3x3', 1)), # step 1
                (('sep_conv_3x3', 0), ('sep_conv_3x3', 1)), # step 2
                (('sep_conv_3x3', 1), ('skip_connect', 0)), # step 3
                (('skip_connect', 0), ('dil_conv_3x3', 2))  # step 4
              ],
              normal_concat=[2, 3, 4, 5],
              reduce=[
                (('max_pool_3x3', 0), ('max_pool_3x3', 1)), # step 1
                (('skip_connect', 2), ('max_pool_3x3', 1)), # step 2
                (('max_pool_3x3', 0), ('skip_connect', 2)), # step 3
                (('skip_connect', 2), ('max_pool_3x3', 1))  # step 4
              ],
              reduce_concat=[2, 3, 4, 5],
              connectN=None, connects=None,
            )
            """;

    /** GDAS, CVPR 2019 ("Searching for A Robust Neural Architecture in Four GPU Hours"). */
    static final String AUTODL_GDAS_V1 = """
            Genotype(
              normal=[
                (('skip_connect', 0), ('skip_connect', 1)),
                (('skip_connect', 0), ('sep_conv_5x5', 2)),
                (('sep_conv_3x3', 3), ('skip_connect', 0)),
                (('sep_conv_5x5', 4), ('sep_conv_3x3', 3))],
              normal_concat=[2, 3, 4, 5],
              reduce=[
                (('sep_conv_5x5', 0), ('sep_conv_3x3', 1)),\s
                (('sep_conv_5x5', 2), ('sep_conv_5x5', 1)),
                (('dil_conv_5x5', 2), ('sep_conv_3x3', 1)),
                (('sep_conv_5x5', 0), ('sep_conv_5x5', 1))],
              reduce_concat=[2, 3, 4, 5],
              connectN=None, connects=None
            )
            """;

    /** DARTS_V1 as the DARTS code's cnn/genotypes.py lists it (flat pairs), printed by Python 3. */
    static final String DARTS_V1 = "Genotype(normal=[('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 0), "
            + "('sep_conv_3x3', 1), ('skip_connect', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 2)], "
            + "normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 0), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('avg_pool_3x3', 0)], "
            + "reduce_concat=range(2, 6))";

    @Test
    void dartsV1AndV2AreTheCellsOfTheDartsDialect() {
        assertEquals(DartsGenotype.parse(DARTS_V1), DartsGenotype.parse(AUTODL_DARTS_V1));
        assertEquals(DartsGenotype.parse(DartsGenotypeTest.DARTS_V2), DartsGenotype.parse(AUTODL_DARTS_V2));
        // written back in the DARTS dialect, the canonical text
        assertEquals(DARTS_V1, DartsGenotype.format(DartsGenotype.parse(AUTODL_DARTS_V1)));
        assertEquals(DartsGenotypeTest.DARTS_V2, DartsGenotype.format(DartsGenotype.parse(AUTODL_DARTS_V2)));
    }

    @Test
    void gdasV1EdgeByEdge() {
        Architecture a = DartsGenotype.parse(AUTODL_GDAS_V1);
        assertEquals(List.of(
                new Edge(0, 2, Op.SKIP), new Edge(1, 2, Op.SKIP),
                new Edge(0, 3, Op.SKIP), new Edge(2, 3, Op.SEP_CONV_5X5),
                new Edge(3, 4, Op.SEP_CONV_3X3), new Edge(0, 4, Op.SKIP),
                new Edge(4, 5, Op.SEP_CONV_5X5), new Edge(3, 5, Op.SEP_CONV_3X3),
                new Edge(2, 6, Op.SKIP), new Edge(3, 6, Op.SKIP), new Edge(4, 6, Op.SKIP), new Edge(5, 6, Op.SKIP)),
                a.cells().get(0).edges());
        assertEquals("Genotype(normal=[('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), ('sep_conv_5x5', 2), "
                + "('sep_conv_3x3', 3), ('skip_connect', 0), ('sep_conv_5x5', 4), ('sep_conv_3x3', 3)], "
                + "normal_concat=range(2, 6), reduce=[('sep_conv_5x5', 0), ('sep_conv_3x3', 1), ('sep_conv_5x5', 2), "
                + "('sep_conv_5x5', 1), ('dil_conv_5x5', 2), ('sep_conv_3x3', 1), ('sep_conv_5x5', 0), ('sep_conv_5x5', 1)], "
                + "reduce_concat=range(2, 6))", DartsGenotype.format(a));
    }

    /** The ArchitectureFormat that score --space darts, draw and Import use reads the dialect, one line or many. */
    @Test
    void theDartsLineFormatReadsTheDialect() {
        ArchitectureFormat darts = ArchitectureFormats.forSpace(SearchSpace.DARTS);
        Architecture v2 = DartsGenotype.parse(DartsGenotypeTest.DARTS_V2);
        assertEquals(v2, darts.parse(AUTODL_DARTS_V2));
        String oneLine = AUTODL_DARTS_V2.replaceAll("#[^\n]*", "").replaceAll("\\s+", " ").strip();
        assertEquals(v2, darts.parse(oneLine));
        // the 4-field namedtuple of AutoDL's other genotypes.py has no connectN / connects
        assertEquals(v2, darts.parse(oneLine.replace(" connectN=None, connects=None,", "")));
        assertEquals(v2, darts.parse(oneLine.replace(" connects=None,", "")));
        double s = SedModels.create("sed-path", 16).score(v2);
        assertEquals(SedModels.create("sed-path", 16).score(DartsGenotype.parse(AUTODL_DARTS_V2)), s, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // a node with one pair; a node with three; three nodes; flat and grouped in one list; connectN that is not None
        "`Genotype(normal=[(('skip_connect', 0),), (('skip_connect', 0), ('skip_connect', 1)), (('skip_connect', 0), ('skip_connect', 1)), "
                + "(('skip_connect', 0), ('skip_connect', 1))], normal_concat=[2, 3, 4, 5], reduce=[], reduce_concat=[2, 3, 4, 5])`|"
                + " node 2 of the normal cell has 1 pair; a DARTS node takes 2 (at column 18)",
        "`Genotype(normal=[(('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 1))], normal_concat=[2, 3, 4, 5], "
                + "reduce=[], reduce_concat=[2, 3, 4, 5])`| node 2 of the normal cell has more than 2 pairs (at column 61)",
        "`Genotype(normal=[(('skip_connect', 0), ('skip_connect', 1)), (('skip_connect', 0), ('skip_connect', 1)), "
                + "(('skip_connect', 0), ('skip_connect', 1))], normal_concat=[2, 3, 4, 5], reduce=[], reduce_concat=[2, 3, 4, 5])`|"
                + " the normal cell has 3 nodes; DARTS needs 4 (2 pairs each) (at column 17)",
        "`Genotype(normal=[(('skip_connect', 0), ('skip_connect', 1)), ('skip_connect', 0), ('skip_connect', 1)], "
                + "normal_concat=[2, 3, 4, 5], reduce=[], reduce_concat=[2, 3, 4, 5])`|"
                + " the normal cell mixes a single pair into per-node groups; write every node's pairs the same way (at column 62)",
        "`Genotype(normal=[('skip_connect', 0), (('skip_connect', 0), ('skip_connect', 1))], "
                + "normal_concat=[2, 3, 4, 5], reduce=[], reduce_concat=[2, 3, 4, 5])`|"
                + " the normal cell mixes a per-node group into single pairs; write every node's pairs the same way (at column 39)",
    })
    void badGroupsSayWhere(String text, String message) {
        assertEquals(message, assertThrows(CellFormatException.class, () -> DartsGenotype.parse(text)).getMessage());
    }

    @Test
    void moreThanFourGroupsAndAConnectNThatIsNotNone() {
        String group = "(('skip_connect', 0), ('skip_connect', 1))";
        String five = "Genotype(normal=[" + String.join(", ", java.util.Collections.nCopies(5, group))
                + "], normal_concat=[2, 3, 4, 5], reduce=[], reduce_concat=[2, 3, 4, 5])";
        CellFormatException e = assertThrows(CellFormatException.class, () -> DartsGenotype.parse(five));
        assertEquals("the normal cell has more than 4 nodes (one group of 2 pairs each)", e.problem());
        assertEquals("column " + (five.indexOf(group) + 4 * (group.length() + 2) + 1), e.position());
        String connected = DartsGenotypeTest.DARTS_V2.replace("reduce_concat=range(2, 6))",
                "reduce_concat=range(2, 6), connectN=[2, 2, 2, 2], connects=None)");
        CellFormatException c = assertThrows(CellFormatException.class, () -> DartsGenotype.parse(connected));
        assertEquals("column " + (connected.indexOf("connectN=") + 10), c.position());
        assertEquals("expected None (AutoDL's connectN is None for DARTS cells; other values describe connections"
                + " this program does not read) but found '['", c.problem());
    }
}

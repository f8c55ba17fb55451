package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file carries its own C (here 2, where NB201's and DARTS' default is 16): score, search and correlate count
 * params, and search its budget, at the model's C, never at the space's.
 */
class ModelChannelsTest {

    private static final String ALL_CONV3 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    /** 6 conv 3×3 edges at C = 2: 6 · 9 · 2²; at NB201's C = 16 it would be 13,824. */
    private static final long ALL_CONV3_AT_2 = 6 * 9 * 4;
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path c2() throws Exception {
        return ScoreCommandTest.model(dir, "c2", "path", "\"conv_3x3\": 1.5");
    }

    @Test
    void scoreCountsParamsAtTheFilesC() throws Exception {
        ScoreCommandTest.Run r = ScoreCommandTest.run(ALL_CONV3 + "\n", "score", "--space", "nb201", "--model", c2().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(1).endsWith(",true," + ALL_CONV3_AT_2), r.lines().get(1));
    }

    @Test
    void searchCountsParamsAndItsBudgetAtTheFilesC() throws Exception {
        String file = c2().toString();
        ScoreCommandTest.Run r = ScoreCommandTest.run("", "search", "--space", "nb201", "--model", file, "--top", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(1).startsWith("1," + ALL_CONV3 + ","), r.lines().get(1));
        assertTrue(r.lines().get(1).endsWith(",true," + ALL_CONV3_AT_2), r.lines().get(1));
        // at C = 16 one conv 3×3 edge alone (2,304 weights) is over this budget; at the file's C = 2 the best fits it
        ScoreCommandTest.Run budget = ScoreCommandTest.run("", "search", "--space", "nb201", "--model", file,
                "--budget-params", String.valueOf(ALL_CONV3_AT_2), "--top", "1");
        assertEquals(0, budget.code(), budget.err());
        assertEquals(r.lines().get(1), budget.lines().get(1));
    }

    /**
     * DARTS rows whose params order flips between C = 2 and 16 (dil conv k×k: k²·C + C²): A's one dil 5×5 (25C + C²)
     * outweighs B's two dil 3×3 (18C + 2C²) below C = 7 only; C has none. Accuracy A > B > C.
     */
    @Test
    void correlateCountsParamsAtTheModelFilesC() throws Exception {
        String pool = "('max_pool_3x3', 0), ('max_pool_3x3', 1)";
        String pools = String.join(", ", pool, pool, pool, pool);
        String a = String.join(", ", "('dil_conv_5x5', 0), ('max_pool_3x3', 1)", pool, pool, pool);
        String b = String.join(", ", "('dil_conv_3x3', 0), ('dil_conv_3x3', 1)", pool, pool, pool);
        Path table = dir.resolve("darts.csv");
        Files.writeString(table, "genotype,val_acc\n" + genotype(a, pools) + ",2\n" + genotype(b, pools) + ",1\n"
                + genotype(pools, pools) + ",0\n");
        String file = c2().toString();

        ScoreCommandTest.Run atFile = ScoreCommandTest.run("", "correlate", "--table", table.toString(), "--proxy", file,
                "--proxy", "params", "--json");
        assertEquals(0, atFile.code(), atFile.err());
        assertTrue(atFile.err().contains("darts.csv: DARTS, architectures in 'genotype', C = 2" + NL), atFile.err());
        assertEquals(1.0, kendall(atFile, "params"), 1e-12);

        ScoreCommandTest.Run atSpace = ScoreCommandTest.run("", "correlate", "--table", table.toString(), "--proxy",
                "params", "--json");
        assertEquals(0, atSpace.code(), atSpace.err());
        assertTrue(atSpace.err().contains("C = 16" + NL), atSpace.err());
        assertEquals(1.0 / 3, kendall(atSpace, "params"), 1e-12);

        // models at two Cs: the run keeps the space's, and the header names the model at another
        ScoreCommandTest.Run mixed = ScoreCommandTest.run("", "correlate", "--table", table.toString(), "--proxy",
                "sed-path", "--proxy", file, "--proxy", "params", "--json");
        assertEquals(0, mixed.code(), mixed.err());
        assertTrue(mixed.err().contains("C = 16 (custom:c2 at C = 2)" + NL), mixed.err());
        assertEquals(1.0 / 3, kendall(mixed, "params"), 1e-12);

        ScoreCommandTest.Run conflict = ScoreCommandTest.run("", "correlate", "--table", table.toString(), "--proxy", file,
                "--channels", "16");
        assertEquals(2, conflict.code(), conflict.err());
        assertEquals("", conflict.out());
        assertTrue(conflict.err().startsWith("error: --channels 16: the model file '" + file + "' carries its own C (2)"),
                conflict.err());
    }

    private static String genotype(String normal, String reduce) {
        return "\"Genotype(normal=[" + normal + "], normal_concat=[2, 3, 4, 5], reduce=[" + reduce
                + "], reduce_concat=[2, 3, 4, 5])\"";
    }

    private static double kendall(ScoreCommandTest.Run r, String proxy) throws Exception {
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<JsonNode> rows = new java.util.ArrayList<>();
        json.forEach(rows::add);
        return rows.stream().filter(n -> n.get("proxy").asText().equals(proxy)).findFirst().orElseThrow().get("kendall").asDouble();
    }
}

package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchCommandTest {

    private static final String ALL_CONV3 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private static ScoreCommandTest.Run run(String... args) {
        return ScoreCommandTest.run("", args);
    }

    @Test
    void nb201DefaultsToExhaustive() {
        ScoreCommandTest.Run r = run("search", "--space", "nb201", "--top", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(List.of("rank,arch,score,connected,params"), lines.subList(0, 1));
        assertEquals(4, lines.size());
        assertEquals("1," + ALL_CONV3 + ",19.879253198304003,true,13824", lines.get(1));
        assertTrue(lines.get(2).startsWith("2,|nor_conv_3x3~0|+|nor_conv_1x1~0|nor_conv_3x3~1|+|"), lines.get(2));
    }

    @Test
    void budgetChangesTheBest() {
        ScoreCommandTest.Run r = run("search", "--space", "nb201", "--budget-params", "11520", "--top", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals("1,|nor_conv_3x3~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|,"
                + "17.682028620967785,true,9728", r.lines().get(1));
    }

    @Test
    void dartsEvolutionPrintsQuotedGenotypesAndIsDeterministic() {
        ScoreCommandTest.Run a = run("search", "--space", "darts", "--samples", "200", "--seed", "4", "--top", "5");
        ScoreCommandTest.Run b = run("search", "--space", "darts", "--samples", "200", "--seed", "4", "--top", "5");
        ScoreCommandTest.Run c = run("search", "--space", "darts", "--samples", "200", "--seed", "5", "--top", "5");
        assertEquals(0, a.code(), a.err());
        assertEquals(6, a.lines().size());
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
        String row = a.lines().get(1);
        assertTrue(row.startsWith("1,\"Genotype(normal=["), row);
        String genotype = row.substring(3, row.indexOf("\",", 3)).replace("\"\"", "\"");
        DartsGenotype.parse(genotype);
    }

    @Test
    void nb101RandomWithModelAndChannels() {
        ScoreCommandTest.Run r = run("search", "--space", "nb101", "--algorithm", "random", "--model", "sed-flow",
                "--channels", "32", "--samples", "50", "--top", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.lines().size());
        assertTrue(r.lines().get(1).startsWith("1,\"{\"\"matrix\"\":"), r.lines().get(1));
    }

    @Test
    void exhaustiveDartsIsRefused() {
        ScoreCommandTest.Run r = run("search", "--space", "darts", "--algorithm", "exhaustive");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--algorithm") && r.err().contains("nb201 or transnas"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badOptionsExitTwoNamingTheOption() {
        assertBad("--top", "search", "--space", "nb201", "--top", "0");
        assertBad("--samples", "search", "--space", "darts", "--samples", "0");
        assertBad("--budget-params", "search", "--space", "nb201", "--budget-params", "-5");
        assertBad("--algorithm", "search", "--space", "nb201", "--algorithm", "annealing");
        assertBad("--space", "search", "--space", "nb999");
        assertBad("--space", "search", "--space", "free");
        assertBad("--channels", "search", "--space", "nb201", "--channels", "0");
        assertBad("--top", "search", "--space", "nb201", "--top", "ten");
        assertBad("model", "search", "--space", "nb201", "--model", "sed-magic");
    }

    @Test
    void channelsAboveTheMaximumAreRefusedSoNoCountWraps() {
        // at C = 10^9 the all-conv3 count 6·9·C² wrapped to a negative number that passed a budget of 1000
        ScoreCommandTest.Run r = run("search", "--space", "nb201", "--channels", "1000000000", "--budget-params", "1000");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("error: --channels: C must be 1 to 1048576 (2^20, which keeps every parameter count exact), "
                + "not 1000000000", r.err().strip());
    }

    @Test
    void atTheMaximumCTheCountsAreExactAndTheBudgetHolds() {
        ScoreCommandTest.Run r = run("search", "--space", "nb201", "--channels", "1048576", "--top", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(1).endsWith(",true," + 6L * 9 * (1L << 40)), r.lines().get(1));
        // a budget of 1000 weights at C = 2^20 admits only weightless cells
        ScoreCommandTest.Run tight = run("search", "--space", "nb201", "--channels", "1048576", "--budget-params", "1000",
                "--top", "3");
        assertEquals(0, tight.code(), tight.err());
        assertEquals(4, tight.lines().size());
        for (String row : tight.lines().subList(1, 4)) {
            assertTrue(row.endsWith(",0"), row);
        }
    }

    @Test
    void aHugeTopIsEveryCellNotAnInternalError() {
        // the ranking allocated top + 1 slots up front: 2^31 - 1 overflowed, 2 * 10^9 ran out of memory
        for (String top : List.of("2147483647", "2000000000")) {
            ScoreCommandTest.Run r = run("search", "--space", "transnas", "--top", top);
            assertEquals(0, r.code(), r.err());
            assertEquals(1 + 4096, r.lines().size());
        }
    }

    private static void assertBad(String named, String... args) {
        ScoreCommandTest.Run r = run(args);
        assertEquals(2, r.code(), String.join(" ", args));
        assertTrue(r.err().contains(named), r.err());
    }

    @Test
    void helpNamesTheReconstruction() {
        ScoreCommandTest.Run r = run("search", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("reconstructed"), r.out());
        assertTrue(SedModels.PROVENANCE.contains("reconstructed"));
    }
}

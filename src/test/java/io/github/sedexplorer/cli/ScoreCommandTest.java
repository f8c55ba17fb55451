package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SedExplorerCommand.run(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String ALL_CONV3 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    private static final String WALK =
            "|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|";
    private static final String NONE = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";

    @Test
    void scoresTheSpecsWorkedCells() {
        Run r = run(ALL_CONV3 + "\n\n" + WALK + "\n" + NONE + "\n", "score", "--space", "nb201");
        assertEquals(0, r.code(), r.err());
        assertEquals("arch,score,connected,params", r.lines().get(0));
        assertEquals(4, r.lines().size(), "blank line skipped");
        assertRow(r.lines().get(1), ALL_CONV3, 19.879253, true, 6 * 2304);
        assertRow(r.lines().get(2), WALK, 2.772589, true, 256 + 2304);
        assertEquals(NONE + ",-inf,false,0", r.lines().get(3));
    }

    @Test
    void modelAndChannelsAreHonoured() {
        Run r = run(WALK + "\n", "score", "--space", "nb201", "--model", "sed-flow");
        assertRow(r.lines().get(1), WALK, 2.774538, true, 256 + 2304);
        Run c64 = run(ALL_CONV3 + "\n", "score", "--space", "nb201", "--channels", "64");
        // 4 paths of lengths 1, 2, 2, 3: 8 edge-path incidences, each Δ = ln 3 + ½ ln 64
        assertRow(c64.lines().get(1), ALL_CONV3, 8 * (Math.log(3) + 0.5 * Math.log(64)), true, 6L * 9 * 64 * 64);
    }

    private static void assertRow(String row, String arch, double score, boolean connected, long params) {
        String[] f = row.split(",");
        assertEquals(arch, f[0]);
        String digits = f[1].replace("-", "").replace(".", "").replaceFirst("^0+", "");
        assertTrue(digits.length() >= 9, "at least 9 significant digits: " + f[1]);
        assertEquals(score, Double.parseDouble(f[1]), 5e-7);
        assertEquals(String.valueOf(connected), f[2]);
        assertEquals(params, Long.parseLong(f[3]));
    }

    @Test
    void badLinesAreReportedAndTheRunGoesOn() {
        String bad = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|conv_3x3~1|nor_conv_3x3~2|";
        Run r = run(ALL_CONV3 + "\nhello\n" + bad + "\n" + WALK + "\n", "score", "--space", "nb201");
        assertEquals(2, r.code());
        assertEquals(3, r.lines().size(), "the two good lines are written");
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("line 2: expected '|' but found 'h' (at column 1)"), errors.get(0));
        assertTrue(errors.get(1).startsWith("line 3: unknown operation 'conv_3x3'"), errors.get(1));
        assertTrue(errors.get(1).endsWith("(at column 66)"), errors.get(1));
    }

    @Test
    void transNasTakesCodesAndStrings() {
        Run r = run("64-41414-3_33_333\n" + ALL_CONV3 + "\n", "score", "--space", "transnas");
        assertEquals(0, r.code(), r.err());
        double expected = 8 * (Math.log(3) + 0.5 * Math.log(64));
        assertEquals(expected, Double.parseDouble(r.lines().get(1).split(",")[1]), 1e-9);
        assertEquals(expected, Double.parseDouble(r.lines().get(2).split(",")[1]), 1e-9);
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cells.txt");
        Files.writeString(f, WALK + "\n");
        Run r = run("", "score", "--space", "nb201", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.lines().size());
    }

    @Test
    void badOptionsExitTwoWithAMessage() {
        Run space = run("", "score", "--space", "nb999");
        assertEquals(2, space.code());
        assertTrue(space.err().contains("--space: unknown space 'nb999'"), space.err());
        assertTrue(!space.err().contains("at io.github"), "no stack trace");
        Run model = run("", "score", "--space", "nb201", "--model", "sed-magic");
        assertEquals(2, model.code());
        assertTrue(model.err().contains("unknown SED model 'sed-magic'"), model.err());
        Run channels = run("", "score", "--space", "nb201", "--channels", "0");
        assertEquals(2, channels.code());
        Run file = run("", "score", "--space", "nb201", "/no/such/file.txt");
        assertEquals(2, file.code());
        assertTrue(file.err().contains("cannot read /no/such/file.txt: no such file"), file.err());
        Run missing = run("", "score");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--space"), missing.err());
    }

    @Test
    void channelsAboveTheMaximumExitTwoInsteadOfAWrappedCount() {
        Run r = run(ALL_CONV3 + "\n", "score", "--space", "nb201", "--channels", "2147483647");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("error: --channels: C must be 1 to 1048576 (2^20, which keeps every parameter count exact), "
                + "not 2147483647", r.err().strip());
        Run max = run(ALL_CONV3 + "\n", "score", "--space", "nb201", "--channels", "1048576");
        assertEquals(0, max.code(), max.err());
        assertTrue(max.lines().get(1).endsWith(",true," + 6L * 9 * (1L << 40)), max.lines().get(1));
        Run help = run("", "score", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("channel count C, 1 to 1048576"), help.out());
    }

    static Path model(Path dir, String name, String aggregation, String deltas) throws Exception {
        Path f = dir.resolve(name + ".json");
        Files.writeString(f, "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"" + name
                + "\", \"aggregation\": \"" + aggregation + "\", \"channels\": 2, \"deltas\": {" + deltas + "}}");
        return f;
    }

    @Test
    void aModelFileWhoseScoresCannotBeFiniteIsRefusedUpFront(@TempDir Path dir) throws Exception {
        // Δ = 1e308 made the path sum +∞, and score died at the first line (BigDecimal.valueOf(Infinity))
        for (String aggregation : List.of("path", "flow")) {
            Path big = model(dir, "big-" + aggregation, aggregation, "\"conv_3x3\": 1e308");
            Run r = run(ALL_CONV3 + "\n" + WALK + "\n", "score", "--space", "nb201", "--model", big.toString());
            assertEquals(2, r.code());
            assertEquals("", r.out());
            assertEquals("error: model file big-" + aggregation + ".json: Δ must be between -354 and 354 (its gain e^(2Δ) "
                    + "must be a finite double), not 1.0E308 (at $.deltas.conv_3x3)", r.err().strip());
        }
    }

    @Test
    void aModelFileKeepsItsOwnCAndAConflictingChannelsIsRefused(@TempDir Path dir) throws Exception {
        Path file = model(dir, "own-c", "path", "\"conv_3x3\": 1.5");
        Run same = run(ALL_CONV3 + "\n", "score", "--space", "nb201", "--model", file.toString(), "--channels", "2");
        assertEquals(0, same.code(), same.err());
        Run other = run(ALL_CONV3 + "\n", "score", "--space", "nb201", "--model", file.toString(), "--channels", "64");
        assertEquals(2, other.code());
        assertEquals("", other.out(), "nothing scored at a C the user did not mean");
        assertTrue(other.err().startsWith("error: --channels 64: the model file '" + file + "' carries its own C (2)"), other.err());
        Run search = run("", "search", "--space", "nb201", "--model", file.toString(), "--channels", "64");
        assertEquals(2, search.code(), search.err());
    }

    private static final String CONV_CHAIN = "|nor_conv_3x3~0|+|none~0|nor_conv_3x3~1|+|none~0|none~1|nor_conv_3x3~2|";
    private static final String POOL_CHAIN = "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|";

    @Test
    void atTheBoundEveryLineIsScoredFinitelyAndConnectedFollowsTheTopology(@TempDir Path dir) throws Exception {
        // sed-flow at the bound: v = g³ = e^(±2124) overflows to +∞ (score died) or underflows to 0 (the score was
        // −∞ and the cell was printed as disconnected); both chains are connected, with ½·ln v = ±1062
        Path flow = model(dir, "edge", "flow", "\"conv_3x3\": 354, \"avg_pool_3x3\": -354");
        Run r = run(CONV_CHAIN + "\n" + POOL_CHAIN + "\n" + NONE + "\n" + WALK + "\n",
                "score", "--space", "nb201", "--model", flow.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("arch,score,connected,params",
                CONV_CHAIN + ",1062.0,true,108", // params at the model's C = 2: 3 · 9 · 2²
                POOL_CHAIN + ",-1062.0,true,0",
                NONE + ",-inf,false,0"), r.lines().subList(0, 4));
        assertEquals(5, r.lines().size(), "the line after the extreme ones is scored too");
        Path path = model(dir, "edge-path", "path", "\"conv_3x3\": 354, \"avg_pool_3x3\": -354");
        Run p = run(CONV_CHAIN + "\n" + POOL_CHAIN + "\n", "score", "--space", "nb201", "--model", path.toString());
        assertEquals(List.of("arch,score,connected,params", CONV_CHAIN + ",1062.0,true,108", POOL_CHAIN + ",-1062.0,true,0"),
                p.lines());
    }

    @Test
    void nonFiniteScoresPrintAsInfAndNanNeverAsACrash() {
        assertEquals("-inf", ScoreCommand.formatScore(Double.NEGATIVE_INFINITY));
        assertEquals("inf", ScoreCommand.formatScore(Double.POSITIVE_INFINITY));
        assertEquals("nan", ScoreCommand.formatScore(Double.NaN));
        assertEquals("19.879253198304003", ScoreCommand.formatScore(19.879253198304003));
        assertEquals("0.0", ScoreCommand.formatScore(0.0));
    }

    @Test
    void aByteOrderMarkAtTheStartIsNotPartOfLineOne() {
        Run r = run("\uFEFF" + WALK + "\r\n" + ALL_CONV3 + "\r\n", "score", "--space", "nb201");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("arch,score,connected,params", WALK + ",2.772588722239781,true,2560",
                ALL_CONV3 + ",19.879253198304003,true,13824"), r.lines());
    }

    @Test
    void crlfAndCrLineEndsAndBlankLinesAreLines() {
        Run r = run(WALK + "\r\n \t \r\n\r" + WALK + "\r" + NONE, "score", "--space", "nb201");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("arch,score,connected,params", WALK + ",2.772588722239781,true,2560",
                WALK + ",2.772588722239781,true,2560", NONE + ",-inf,false,0"), r.lines());
    }

    @Test
    void aTenMegabyteLineIsOneShortErrorAndTheLinesAfterItAreScored() {
        String huge = "|" + "x".repeat(10_000_000) + "~0|";
        String big = "|" + "y".repeat(500_000) + "~0|"; // under the 1 MiB limit: parsed, and quoted short
        Run r = run(WALK + "\n" + huge + "\n" + ALL_CONV3 + "\n" + big + "\n" + WALK + "\n", "score", "--space", "nb201");
        assertEquals(2, r.code());
        assertEquals(4, r.lines().size(), "the three good lines, around and after the huge ones");
        assertTrue(r.lines().get(2).startsWith(ALL_CONV3 + ","));
        assertEquals(List.of("line 2: the line is longer than 1,048,576 bytes (1 MiB), so it was skipped unread; "
                        + "no architecture is that long",
                "line 4: unknown operation '" + "y".repeat(79) + "…' (NAS-Bench-201 has none, skip_connect, nor_conv_1x1, "
                        + "nor_conv_3x3, avg_pool_3x3) (at column 2)"),
                r.err().lines().toList());
        assertTrue(r.err().length() < 400, "stderr stays short: " + r.err().length());
    }

    @Test
    void bytesThatAreNotUtf8AreALocatedErrorNotAReplacementCharacter() {
        byte[] walk = (WALK + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "|nor_\u00ff\u00feconv~0|\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] in = new byte[walk.length * 2 + bad.length];
        System.arraycopy(walk, 0, in, 0, walk.length);
        System.arraycopy(bad, 0, in, walk.length, bad.length);
        System.arraycopy(walk, 0, in, walk.length + bad.length, walk.length);
        Run r = run(in, "score", "--space", "nb201");
        assertEquals(2, r.code());
        assertEquals(3, r.lines().size());
        assertEquals("line 2: not UTF-8: byte 0xFF is not part of a valid UTF-8 character (score reads UTF-8 text) "
                + "(at column 6)", r.err().strip());
    }

    @Test
    void escapeSequencesInALineNeverReachTheTerminalRaw() {
        Run r = run("|\u001b[2J\u001b]0;pwned\u0007~0|\n" + WALK + "\n", "score", "--space", "nb201");
        assertEquals(2, r.code());
        assertEquals("line 1: unknown operation '\\u001b[2J\\u001b]0;pwned\\u0007' (NAS-Bench-201 has none, skip_connect, "
                + "nor_conv_1x1, nor_conv_3x3, avg_pool_3x3) (at column 2)", r.err().strip());
        assertEquals(2, r.lines().size());
    }

    @Test
    void aDirectoryIsBadInputNotAnInternalError(@TempDir Path dir) {
        Run r = run("", "score", "--space", "nb201", dir.toString());
        assertEquals(2, r.code());
        assertEquals("error: cannot read " + dir + ": it is a directory", r.err().strip());
    }

    @Test
    void optionValuesInMessagesAreQuotedShortAndEscaped() {
        String value = "\u001b[2J" + "n".repeat(500);
        String shown = "'\\u001b[2J" + "n".repeat(79 - 4) + "…'";
        Run space = run("", "score", "--space", value);
        assertEquals(2, space.code());
        assertEquals("error: --space: unknown space " + shown + " (known: nb201, transnas, nb101, darts, free)",
                space.err().strip());
        Run model = run("", "score", "--space", "nb201", "--model", value);
        assertEquals("error: unknown SED model " + shown + " (known: sed-path, sed-flow, sed-local-mc)", model.err().strip());
        Run algorithm = run("", "search", "--space", "nb201", "--algorithm", value);
        assertEquals("error: --algorithm: unknown algorithm " + shown + " (known: exhaustive, random, evolution)",
                algorithm.err().strip());
    }

    @Test
    void helpNamesSedAsReconstructed() {
        Run r = run("", "score", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("SED as reconstructed from the paper's theory"), r.out());
    }

    @Test
    void spacesListsEverySpaceWithItsOps() {
        Run r = run("", "spaces");
        assertEquals(0, r.code());
        for (String s : List.of("nb201", "transnas", "nb101", "darts", "free", "nor_conv_3x3", "conv3x3-bn-relu",
                "sep_conv_5x5", "15,625 cells", "4,096 cells", "default C = 128")) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void enumeratePipesIntoScore() {
        Run all = run("", "enumerate", "--space", "nb201");
        assertEquals(15625, all.lines().size());
        Run scored = run(all.out(), "score", "--space", "nb201");
        assertEquals(0, scored.code());
        assertEquals(15626, scored.lines().size());
        assertEquals(341, scored.lines().stream().filter(l -> l.contains(",-inf,false,")).count());
    }
}

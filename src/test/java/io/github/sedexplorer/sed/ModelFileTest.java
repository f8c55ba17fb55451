package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cli.SedExplorerCommand;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saved custom models: they reload and score identically, are labelled custom, and bad files say where. */
class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void theReconstructionsOwnTableScoresLikeTheBuiltInModel() {
        GaussianOpEntropy g = new GaussianOpEntropy(16);
        Map<Op, Double> same = Map.of(Op.CONV_3X3, g.delta(Op.CONV_3X3), Op.CONV_1X1, g.delta(Op.CONV_1X1),
                Op.AVG_POOL_3X3, g.delta(Op.AVG_POOL_3X3));
        for (boolean flow : new boolean[] {false, true}) {
            SedModel custom = new ModelSpec("same", flow, 16, same).model();
            SedModel builtIn = SedModels.create(flow ? "sed-flow" : "sed-path", 16);
            assertEquals(flow ? "custom:same" : "custom:same", custom.id());
            for (Cell c : SpaceEnumerator.cells(SearchSpace.NB201)) {
                assertEquals(builtIn.score(c), custom.score(c), 1e-12);
            }
        }
    }

    @Test
    void aTunedSkipDeltaScalesSkipEdgesNotTheCellsNodes() {
        // all skip, Δ(skip) = ½ so g = e: v1 = e, v2 = e + e·v1, v3 = e + e·v1 + e·v2 (the nodes themselves pass their sum on)
        Cell allSkip = Nb201ArchString.parse("|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|");
        double e = Math.E;
        double v1 = e;
        double v2 = e + e * v1;
        double v3 = e + e * v1 + e * v2;
        SedModel flow = new ModelSpec("skip", true, 16, Map.of(Op.SKIP, 0.5)).model();
        assertEquals(0.5 * Math.log(v3), flow.score(allSkip), 1e-12);
        // sed-path: every one of the 4 paths adds Δ per edge: 1 + 2 + 2 + 3 edges
        SedModel path = new ModelSpec("skip", false, 16, Map.of(Op.SKIP, 0.5)).model();
        assertEquals(0.5 * 8, path.score(allSkip), 1e-12);
    }

    @Test
    void aSavedModelReloadsAndScoresIdentically() throws Exception {
        ModelSpec tuned = new ModelSpec("tuned-c2", false, 2, Map.of(Op.CONV_3X3, 1.5, Op.AVG_POOL_3X3, -2.0));
        Path f = dir.resolve("tuned.json");
        Files.writeString(f, ModelFile.write(tuned));
        assertEquals(tuned, ModelFile.read(Files.readString(f)));
        SedModel loaded = SedModels.create(f.toString(), 16);
        assertEquals("custom:tuned-c2", loaded.id());
        Cell c = Nb201ArchString.parse("|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|");
        // paths 0→3 (skip, 0) and 0→1→2→3: conv1 keeps the Gaussian ½ ln 2, pool −2.0, conv3 1.5
        assertEquals(0.5 * Math.log(2) - 2.0 + 1.5, loaded.score(c), 1e-12);
        assertEquals(tuned.model().score(c), loaded.score(c), 0);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = ';', value = {
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"aggregation\": \"path\", \"channels\": 2, \"deltas\": {}}; $.name",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 2, \"deltas\": {\"conv_4x3\": 1}}; $.deltas.conv_4x3",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 2, \"deltas\": {\"skip\": \"big\"}}; $.deltas.skip",
        "{\"format\": \"sed-explorer-model\", \"version\": 2, \"name\": \"x\", \"channels\": 2, \"deltas\": {}}; $.version",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 0, \"deltas\": {}}; $.channels",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"aggregation\": \"max\", \"channels\": 2, \"deltas\": {}}; $.aggregation",
        "{\"format\": \"sed-explorer-cell\", \"version\": 1}; $.format",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 2, \"deltas\": {\"none\": 0}}; $.deltas.none",
        "{\"format\": \"sed-explorer-model\", \"version\": 1.5, \"name\": \"x\", \"channels\": 2, \"deltas\": {}}; $.version",
        "{\"format\": \"sed-explorer-model\", \"version\": 0, \"name\": \"x\", \"channels\": 2, \"deltas\": {}}; $.version",
        "{\"format\": \"sed-explorer-model\", \"version\": 18446744073709551617, \"name\": \"x\", \"channels\": 2, \"deltas\": {}}; $.version",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": 12, \"channels\": 2, \"deltas\": {}}; $.name",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 4294967298, \"deltas\": {}}; $.channels",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 1048577, \"deltas\": {}}; $.channels",
        "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 2.0, \"deltas\": {}}; $.channels",
    })
    void malformedFilesSayWhere(String json, String where) {
        CellFormatException e = assertThrows(CellFormatException.class, () -> ModelFile.read(json));
        assertEquals(where, e.position(), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource({"path, 1e308, 1.0E308", "flow, 1e300, 1.0E300", "path, -1e308, -1.0E308", "flow, 354.0000001, 354.0000001",
        "path, -355, -355"})
    void deltasWhoseScoresCannotBeFiniteAreRefused(String aggregation, String delta, String shown) {
        String json = "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"big\", \"aggregation\": \""
                + aggregation + "\", \"channels\": 2, \"deltas\": {\"conv_3x3\": " + delta + "}}";
        CellFormatException e = assertThrows(CellFormatException.class, () -> ModelFile.read(json));
        assertEquals("Δ must be between -354 and 354 (its gain e^(2Δ) must be a finite double), not " + shown, e.problem());
        assertEquals("$.deltas.conv_3x3", e.position());
    }

    @Test
    void theBoundItselfIsAccepted() {
        for (double d : new double[] {354, -354}) {
            String json = "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"edge\", \"aggregation\": \"flow\", "
                    + "\"channels\": 1048576, \"deltas\": {\"conv_3x3\": " + d + "}}";
            ModelSpec spec = ModelFile.read(json);
            assertEquals(d, spec.deltas().get(Op.CONV_3X3));
            assertEquals(1_048_576, spec.channels());
        }
    }

    @Test
    void aSpecTheReaderWouldRefuseIsNotWritten() {
        SedException big = assertThrows(SedException.class,
                () -> ModelFile.write(new ModelSpec("big", false, 16, Map.of(Op.CONV_3X3, 1e308))));
        assertEquals("Δ of conv_3x3 must be between -354 and 354, not 1.0E308", big.getMessage());
        SedException c = assertThrows(SedException.class,
                () -> ModelFile.write(new ModelSpec("wide", false, 1 << 21, Map.of())));
        assertEquals("a model's C is 1 to 1048576, not 2097152", c.getMessage());
    }

    @Test
    void aLongOrControlCharacterOperationNameIsQuotedShort() {
        String name = "\u001b[31m" + "x".repeat(10_000);
        String json = "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 2, "
                + "\"deltas\": {\"" + name.replace("\u001b", "\\u001b") + "\": 1}}";
        CellFormatException e = assertThrows(CellFormatException.class, () -> ModelFile.read(json));
        String shown = "\\u001b[31m" + "x".repeat(79 - 5) + "…";
        assertEquals("unknown operation '" + shown + "' (at $.deltas." + shown + ")", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheJson() throws Exception {
        Path bom = dir.resolve("bom.json");
        ModelSpec spec = new ModelSpec("bom", true, 8, Map.of(Op.CONV_1X1, 0.25));
        Files.writeString(bom, "\uFEFF" + ModelFile.write(spec));
        assertEquals(spec, ModelFile.readFile(bom));
    }

    @Test
    void aFileThatIsNotUtf8OrFarTooLargeIsRefusedByName() throws Exception {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("model file latin1.json is not UTF-8 text",
                assertThrows(SedException.class, () -> ModelFile.readFile(latin1)).getMessage());
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"pad\": \"" + "x".repeat(ModelFile.MAX_FILE_BYTES) + "\"}");
        assertEquals("model file huge.json is larger than 1 MiB; a model file is a few hundred bytes of JSON",
                assertThrows(SedException.class, () -> ModelFile.readFile(huge)).getMessage());
    }

    @Test
    void theCliTakesAModelFileAndRefusesABadOne() throws Exception {
        Path good = dir.resolve("m.json");
        Files.writeString(good, ModelFile.write(new ModelSpec("m", false, 16, Map.of(Op.CONV_3X3, 3.0))));
        String arch = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SedExplorerCommand.run(new ByteArrayInputStream((arch + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "score", "--space", "nb201", "--model", good.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(arch + ",24.0,true,"), out.toString(StandardCharsets.UTF_8));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"b\", \"channels\": 2, \"deltas\": {\"conv_9x2\": 1}}");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int bad2 = SedExplorerCommand.run(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err2, true, StandardCharsets.UTF_8), "score", "--space", "nb201", "--model", bad.toString());
        assertEquals(2, bad2);
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("model file bad.json: unknown operation 'conv_9x2' (at $.deltas.conv_9x2)"),
                err2.toString(StandardCharsets.UTF_8));
    }
}

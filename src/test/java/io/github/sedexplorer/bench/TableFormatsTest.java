package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Nb101FlatSpec;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-column NB101 specs, the NASLib zero-cost JSON layout and the -1e8 sentinel, on small fixtures. */
class TableFormatsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static final String OPS = "input|conv3x3-bn-relu|conv1x1-bn-relu|output";

    @Test
    void nb101AdjacencyAndOpsColumnsArePrunedAndGrouped() throws IOException {
        // 0->1->3 with vertex 2 dead (row 2: 2 hangs off input only), the same with 2 reaching nothing,
        // then a live 0->2->3 cell, then a row whose input cannot reach output
        String live13 = "0110" + "0001" + "0000" + "0000";
        String dead2 = "0100" + "0001" + "0000" + "0000";
        String live23 = "0010" + "0000" + "0001" + "0000";
        String cut = "0100" + "0000" + "0000" + "0000";
        BenchmarkTable t = TableReader.read(write("nb101.csv", "id,acc,adjacency_7x7,ops\n"
                + "1,0.9," + live13 + "," + OPS + "\n"
                + "2,0.8," + dead2 + "," + OPS + "\n"
                + "3,0.7," + live23 + "," + OPS + "\n"
                + "4,0.6," + cut + "," + OPS + "\n"));
        assertEquals(SearchSpace.NB101, t.space());
        assertEquals("adjacency_7x7 + ops", t.archColumn());
        assertEquals(List.of("id", "acc"), t.metricNames());
        assertEquals(2, t.rows());
        assertEquals(live13 + " " + OPS, t.archText(0));
        assertEquals("010001000 input|conv3x3-bn-relu|output", Nb101FlatSpec.format(t.architecture(0).cell()));
        LoadReport r = t.report();
        assertEquals(4, r.rowsRead());
        assertEquals(2, r.skipped().size(), r.summary());
        assertEquals("prunes to the same NB101 cell as an earlier row (raw specs grouped by pruned cell; the first row is kept)",
                r.skipped().get(0).reason());
        assertEquals(List.of("line 3 repeats line 2"), r.skipped().get(0).examples());
        assertEquals("not a NB101 adjacency + ops", r.skipped().get(1).reason());
    }

    @Test
    void nb101AdjacencyAndOpsFieldsOfJsonRowsToo() throws IOException {
        // the same rows as JSON objects were "no architecture: the 'adjacency_7x7 + ops' cell is empty"
        String live13 = "0110" + "0001" + "0000" + "0000";
        String live23 = "0010" + "0000" + "0001" + "0000";
        BenchmarkTable t = TableReader.read(write("nb101.json", "[{\"id\": 1, \"acc\": 0.9, \"adjacency_7x7\": \"" + live13
                + "\", \"ops\": \"" + OPS + "\"},\n {\"id\": 3, \"acc\": 0.7, \"adjacency_7x7\": \"" + live23 + "\", \"ops\": \""
                + OPS + "\"},\n {\"id\": 5, \"acc\": 0.5, \"ops\": \"" + OPS + "\"}]"));
        assertEquals(SearchSpace.NB101, t.space());
        assertEquals("adjacency_7x7 + ops", t.archColumn());
        assertEquals(List.of("id", "acc"), t.metricNames(), "the two architecture fields are no columns");
        assertEquals(2, t.rows());
        assertEquals(live23 + " " + OPS, t.archText(1));
        assertEquals(0.7, t.metric("acc")[1]);
        assertEquals(3, t.report().rowsRead());
        assertEquals("no architecture", t.report().skipped().get(0).reason(), "a row without its adjacency field");
    }

    @Test
    void unnamedBitAndLabelColumnsAreFoundByContent() throws IOException {
        String bits = "0100" + "0010" + "0001" + "0000";
        BenchmarkTable t = TableReader.read(write("anon.csv", "m,a,o\n0.5," + bits + "," + OPS + "\n"));
        assertEquals(SearchSpace.NB101, t.space());
        assertEquals("a + o", t.archColumn());
        assertEquals(List.of("m"), t.metricNames());
    }

    @Test
    void naslibJsonMergesDatasetsAndCountsSentinels() throws IOException {
        String k1 = "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], "
                + "[(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]";
        String k2 = "[[(0, 5), (1, 0), (2, 1), (0, 2), (3, 2), (0, 3), (1, 0), (3, 5)], "
                + "[(1, 1), (0, 2), (0, 5), (1, 0), (0, 6), (2, 2), (4, 6), (0, 0)]]";
        String json = "{\"cifar10\": {"
                + "\"" + k1 + "\": {\"idx\": \"1\", \"arch\": \"" + k1 + "\", \"val_accuracy\": 93.5, "
                + "\"zen\": {\"score\": -100000000.0, \"time\": 1.0}, \"synflow\": {\"score\": 5.5, \"time\": 2.0}},"
                + "\"" + k2 + "\": {\"idx\": \"2\", \"arch\": \"" + k2 + "\", \"val_accuracy\": 91.0, "
                + "\"zen\": {\"score\": 2.0, \"time\": 1.0}, \"plain\": {\"score\": -100000000.0, \"time\": 1.0}, \"synflow\": {\"score\": 4.5, \"time\": 2.0}}},"
                + "\"cifar100\": {\"" + k2 + "\": {\"val_accuracy\": 70.25, \"zen\": {\"score\": 3.0, \"time\": 1.0}}}}";
        BenchmarkTable t = TableReader.read(write("zc.json", json));
        assertEquals(SearchSpace.DARTS, t.space());
        assertEquals(2, t.rows());
        assertEquals(List.of("cifar10.idx", "cifar10.val_accuracy", "cifar10.zen", "cifar10.synflow", "cifar100.val_accuracy", "cifar100.zen"),
                t.metricNames());
        assertEquals(5.5, t.metric("cifar10.synflow")[0]);
        assertEquals(70.25, t.metric("cifar100.val_accuracy")[1]);
        assertTrue(Double.isNaN(t.metric("cifar100.val_accuracy")[0]));
        List<String> notes = t.report().notes();
        assertEquals(List.of("column 'cifar10.zen': 1 NASLib failure sentinel (-1e8) read as missing",
                "column 'cifar10.plain': 1 NASLib failure sentinel (-1e8) read as missing (no other value: not a metric)"), notes);
        assertTrue(Double.isNaN(t.metric("cifar10.zen")[0]));
        assertEquals(2.0, t.metric("cifar10.zen")[1]);
    }

    @Test
    void aTableKeyedByArchitectureWithNestedDatasetsIsNotTakenForNaslib() throws IOException {
        BenchmarkTable t = TableReader.read(write("keyed.json", "{\"|skip_connect~0|+|none~0|none~1|+|none~0|none~1|none~2|\": "
                + "{\"cifar10\": {\"val_accuracy\": 50.5, \"synflow\": {\"score\": 1.5}}}}"));
        assertEquals(SearchSpace.NB201, t.space());
        assertEquals(List.of("cifar10.val_accuracy", "cifar10.synflow.score"), t.metricNames());
    }

    @Test
    void truncatedNaslibJsonSaysWhere() throws IOException {
        Path f = write("cut.json", "{\"cifar10\": {\"[[(0, 0)]]\": {\"val_accuracy\": 93.5, \"zen\": {\"score\": 1");
        SedException e = assertThrows(SedException.class, () -> TableReader.read(f));
        assertTrue(e.getMessage().startsWith("cut.json: malformed JSON at line 1, column "), e.getMessage());
    }

    @Test
    void csvSentinelIsMissingAndCounted() throws IOException {
        BenchmarkTable t = TableReader.read(write("s.csv", "arch,jacov,acc\n"
                + "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,-100000000.0,10\n"
                + "|skip_connect~0|+|none~0|none~1|+|none~0|none~1|skip_connect~2|,-1e8,20\n"
                + "|skip_connect~0|+|none~0|none~1|+|none~0|none~1|none~2|,-99999999.0,30\n"));
        double[] jacov = t.metric("jacov");
        assertTrue(Double.isNaN(jacov[0]) && Double.isNaN(jacov[1]));
        assertEquals(-99999999.0, jacov[2]);
        assertEquals(List.of("column 'jacov': 2 NASLib failure sentinels (-1e8) read as missing"), t.report().notes());
    }
}

package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.CellDocument.EdgeOp;
import io.github.sedexplorer.cell.CellDocument.Look;
import io.github.sedexplorer.cell.CellDocument.NodeCount;
import io.github.sedexplorer.cell.CellDocument.ScoreBetween;
import io.github.sedexplorer.cell.CellDocument.Step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A lesson's steps in the cell file: optional, flat, exactly round-tripped, and checked like the rest. */
class CellFileStepsTest {

    private static final List<Step> STEPS = List.of(
            new Step("Make 0→1 a pool", new EdgeOp(0, 0, 1, Op.AVG_POOL_3X3)),
            new Step("Add a node", new NodeCount(0, 5)),
            new Step("Score above 1", new ScoreBetween(1.0, null)),
            new Step("Score between", new ScoreBetween(-2.5, 4.0)),
            new Step("Look at node 2 in the Microscope tab", new Look()));

    private static CellDocument lesson() {
        CellDocument d = CellFileTest.nb201();
        return new CellDocument(d.architecture(), d.layouts(), d.title(), d.notes(), STEPS);
    }

    @Test
    void stepsRoundTripExactly() {
        String text = CellFile.write(lesson());
        CellDocument back = CellFile.read(text);
        assertEquals(STEPS, back.steps());
        assertEquals(lesson(), back);
        assertEquals(text, CellFile.write(back));
        assertTrue(text.contains("""
                  "steps": [
                    {
                      "text": "Make 0→1 a pool",
                      "check": "edge",
                      "from": 0,
                      "to": 1,
                      "op": "avg_pool_3x3"
                    },
                    {
                      "text": "Add a node",
                      "check": "nodes",
                      "count": 5
                    },
                """), text);
    }

    @Test
    void aFileWithoutStepsWritesAsBefore() {
        String text = CellFile.write(CellFileTest.nb201());
        assertFalse(text.contains("steps"));
        assertEquals(List.of(), CellFile.read(text).steps());
        assertEquals(text, CellFile.write(CellFile.read(text)));
    }

    @Test
    void theReduceCellIsNamedOnlyWhenNotTheFirst() {
        CellDocument d = CellFileTest.darts();
        List<Step> steps = List.of(new Step("normal", new EdgeOp(0, 0, 2, Op.SKIP)), new Step("reduce", new NodeCount(1, 7)));
        String text = CellFile.write(new CellDocument(d.architecture(), d.layouts(), "", "", steps));
        assertEquals(steps, CellFile.read(text).steps());
        assertEquals(1, text.split("\"cell\": ", -1).length - 1, "only the reduce step names its cell");
    }

    @Test
    void checksHoldOnTheDocument() {
        Architecture a = CellFileTest.nb201().architecture();
        assertTrue(new EdgeOp(0, 0, 1, Op.CONV_3X3).holds(a, 0));
        assertFalse(new EdgeOp(0, 0, 1, Op.AVG_POOL_3X3).holds(a, 0));
        assertFalse(new EdgeOp(0, 0, 1, Op.NONE).holds(a, 0));
        assertTrue(new EdgeOp(0, 3, 0, Op.NONE).holds(a, 0), "no such edge counts as none");
        assertFalse(new EdgeOp(1, 0, 1, Op.CONV_3X3).holds(a, 0), "there is no second cell");
        assertTrue(new Look().holds(a, Double.NaN), "a step that asks to look holds whatever the cell");
        assertTrue(new NodeCount(0, 4).holds(a, 0));
        assertFalse(new NodeCount(0, 5).holds(a, 0));
        assertTrue(new ScoreBetween(1.0, null).holds(a, 1.5));
        assertFalse(new ScoreBetween(1.0, null).holds(a, 1.0), "above is strict");
        assertTrue(new ScoreBetween(null, 0.0).holds(a, Double.NEGATIVE_INFINITY));
        assertFalse(new ScoreBetween(-1.0, 1.0).holds(a, Double.NaN), "no score, no pass");
    }

    private static String withSteps(String steps) {
        return CellFileTest.valid().replace("  \"cells\": [", "  \"steps\": " + steps + ",\n  \"cells\": [");
    }

    private static void fails(String steps, String message, String path) {
        CellFormatException e = CellFileTest.fails(CellFormatException.class, withSteps(steps));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(path), e.getMessage());
    }

    @Test
    void badStepsNameTheirPath() {
        fails("{}", "steps must be an array", "$.steps");
        fails("[{\"check\": \"nodes\", \"count\": 4}]", "missing \"text\"", "$.steps[0].text");
        fails("[{\"text\": \"t\"}]", "missing \"check\"", "$.steps[0].check");
        fails("[{\"text\": \"t\", \"check\": \"colour\"}]", "unknown check", "$.steps[0].check");
        fails("[{\"text\": \"t\", \"check\": \"edge\", \"from\": 0, \"to\": 1, \"op\": \"conv_9x9\"}]",
                "unknown operation", "$.steps[0].op");
        fails("[{\"text\": \"t\", \"check\": \"score\"}]", "needs \"above\" or \"below\"", "$.steps[0]");
        fails("[{\"text\": \"t\", \"check\": \"nodes\", \"count\": 4, \"cell\": 1}]", "there is no cell 1", "$.steps[0].cell");
    }

    @Test
    void everyLessonRoundTripsExactlyAndHasSteps() throws IOException {
        List<Path> lessons;
        try (Stream<Path> s = Files.list(Path.of("samples/lessons"))) {
            lessons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(3, lessons.size());
        for (Path f : lessons) {
            String text = Files.readString(f);
            CellDocument d = CellFile.read(text);
            assertTrue(d.steps().size() >= 2 && d.steps().size() <= 4, f + ": " + d.steps().size() + " steps");
            assertEquals(text, CellFile.write(d), f + " is written as the app writes it");
        }
    }
}

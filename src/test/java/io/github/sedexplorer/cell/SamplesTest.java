package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every file in samples/ opens, round-trips, has a title and notes, and scores as its notes say. */
class SamplesTest {

    private static final Path SAMPLES = Path.of("samples");

    @Test
    void everySampleOpensAndRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "samples: " + files);
        for (Path f : files) {
            CellDocument doc = CellFile.read(f);
            assertEquals(doc, CellFile.read(CellFile.write(doc)), f.toString());
            assertFalse(doc.title().isBlank(), f + " has a title");
            assertFalse(doc.notes().isBlank(), f + " has notes");
            SedModel m = SedModels.create("sed-path", doc.architecture().space().defaultChannels());
            assertTrue(SedModel.connected(m.score(doc.architecture())), f + " is connected");
        }
    }

    @Test
    void samplesScoreAsTheirNotesSay() {
        SedModel path = SedModels.create("sed-path", 16);
        SedModel flow = SedModels.create("sed-flow", 16);
        assertEquals(17.394347, path.score(read("nb201-best-cifar100.json")), 5e-7);
        assertEquals(19.879253, path.score(read("nb201-all-conv3x3.json")), 5e-7);
        assertEquals(-3 * Math.log(3), path.score(read("nb201-pooling-chain.json")), 1e-12);
        assertEquals(0.0, path.score(read("nb201-skip-only.json")), 0);
        assertEquals(0.5 * Math.log(4), flow.score(read("nb201-skip-only.json")), 1e-12);
        assertEquals(SearchSpace.DARTS, read("darts-v2.json").space());
        assertEquals(4400, ParamCount.of(read("darts-v2.json"), 16));
    }

    @Test
    void lessonsScoreAsTheirCaptionsSay() {
        SedModel path = SedModels.create("sed-path", 16);
        SedModel flow = SedModels.create("sed-flow", 16);
        assertEquals(-3 * Math.log(3), path.score(read("lessons/1-pooling-chain.json")), 1e-12);
        assertEquals(Math.log(3) + 0.5 * Math.log(16), path.score(read("lessons/2-skip-vs-conv.json")), 1e-12);
        assertEquals(0.5 * Math.log(1 + 144), flow.score(read("lessons/2-skip-vs-conv.json")), 1e-12);
        assertEquals(Math.log(1) + Math.log(3) + Math.log(5) + 1.5 * Math.log(16),
                path.score(read("lessons/3-kernel-size.json")), 1e-12);
        for (String name : List.of("1-pooling-chain.json", "2-skip-vs-conv.json", "3-kernel-size.json")) {
            CellDocument d = CellFile.read(SAMPLES.resolve("lessons").resolve(name));
            assertTrue(d.title().startsWith("Lesson ") && d.notes().length() > 200, name);
        }
    }

    private static Architecture read(String name) {
        return CellFile.read(SAMPLES.resolve(name)).architecture();
    }
}

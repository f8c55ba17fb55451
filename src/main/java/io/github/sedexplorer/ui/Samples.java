package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sample cells embedded in the jar (copied from {@code samples/} at build time). */
final class Samples {

    static final String DEFAULT = "nb201-best-cifar100.json";

    static final List<String> FILES = List.of(DEFAULT, "nb201-all-conv3x3.json", "nb201-resnet-block.json",
            "nb201-pooling-chain.json", "nb201-skip-only.json", "transnas-3_33_013.json", "nb101-api-example.json",
            "darts-v2.json", "free-inception.json", "free-three-branches.json");

    /** Short guided examples: a cell and a one-paragraph caption each (samples/lessons). */
    static final List<String> LESSONS = List.of("lessons/1-pooling-chain.json", "lessons/2-skip-vs-conv.json",
            "lessons/3-kernel-size.json");

    /** Each sample read once: documents are immutable, and the lessons' menu and view both want them. */
    private static final Map<String, CellDocument> READ = new ConcurrentHashMap<>();

    private Samples() {
    }

    /**
     * Reads the default cell and the lessons on a thread of their own, while JavaFX starts on the others: the
     * window then finds them read (and the JSON reader's classes loaded) instead of reading them itself.
     */
    static void preload() {
        Thread t = new Thread(() -> {
            try {
                load(DEFAULT);
                lessons();
            } catch (RuntimeException e) {
                // the window reads them again and reports what is wrong there
            }
        }, "sample-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The lessons' starting cells, in order. */
    static List<CellDocument> lessons() {
        return LESSONS.stream().map(Samples::load).toList();
    }

    static CellDocument load(String name) {
        return READ.computeIfAbsent(name, Samples::read);
    }

    private static CellDocument read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new SedException("sample " + name + " is missing from the application");
            }
            return CellFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SedException("cannot read sample " + name + ": " + e.getMessage(), e);
        }
    }
}

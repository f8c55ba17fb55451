package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every export of the app (the editor's SVG and PNG, the chart's PNG, SVG and CSV, the proxy comparison's CSV)
 * is written atomically through CellFile.writeAtomically (a stale temp of that name is swept, none is left), and
 * the CSVs neutralise a column name that would run as a spreadsheet formula.
 */
@GuiTest
class ExportsTest {

    private static final String CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    private static final String NONE = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String POOL = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";

    private SedExplorerApp app;

    @Start
    void start(Stage stage) {
        app = new SedExplorerApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static Path stale(Path file) throws Exception {
        Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".5eed0123.tmp"), "killed mid-write");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minusSeconds(600)));
        return temp;
    }

    private static void exported(FxRobot robot, Path file, Consumer<Path> export) throws Exception {
        Path temp = stale(file);
        robot.interact(() -> export.accept(file));
        assertTrue(Files.size(file) > 0, file.getFileName() + " written");
        assertFalse(Files.exists(temp), "the export went through writeAtomically, which swept " + temp.getFileName());
    }

    @Test
    void everyExportIsAtomic(FxRobot robot, @TempDir Path dir) throws Exception {
        Path table = Files.writeString(dir.resolve("formula.csv"),
                "arch,cifar10_acc,=HYPERLINK(\"http://x\")\n" + CONV + ",94.37,1\n" + NONE + ",10,2\n" + POOL + ",85.86,3\n");
        robot.interact(() -> app.window().workspace().load(table));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().chart().getTable() != null
                && !app.window().workspace().loadingProperty().get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.window().proxies().busyProperty().get()
                && !app.window().comparisonView().results().isEmpty());
        TableTabs.settle(app.window());
        WaitForAsyncUtils.waitForFxEvents();

        Path out = Files.createDirectory(dir.resolve("out"));
        exported(robot, out.resolve("cell.svg"), f -> app.window().exports().writeSvg(f));
        exported(robot, out.resolve("cell.png"), f -> app.window().exports().writePng(f, 2));
        exported(robot, out.resolve("chart.png"), f -> app.window().chartView().writePng(f));
        exported(robot, out.resolve("chart.svg"), f -> app.window().chartView().writeSvg(f));
        exported(robot, out.resolve("chart.csv"), f -> app.window().chart().writeCsv(f));
        exported(robot, out.resolve("proxies.csv"), f -> app.window().comparisonView().writeCsv(f));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("cell.png", "cell.svg", "chart.csv", "chart.png", "chart.svg", "proxies.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G'};
        assertArrayEquals(magic, Arrays.copyOf(Files.readAllBytes(out.resolve("cell.png")), 4));
        assertArrayEquals(magic, Arrays.copyOf(Files.readAllBytes(out.resolve("chart.png")), 4));
        assertTrue(Files.readString(out.resolve("cell.svg")).contains("<svg"));

        robot.interact(() -> app.window().chart().targetProperty().set("=HYPERLINK(\"http://x\")"));
        TableTabs.settle(app.window());
        robot.interact(() -> app.window().chart().writeCsv(out.resolve("chart.csv")));
        List<String> chart = Files.readString(out.resolve("chart.csv")).lines().toList();
        assertEquals("arch,sed-path,\"'=HYPERLINK(\"\"http://x\"\")\"", chart.get(0), "the column name cannot run as a formula");
        assertTrue(chart.contains(NONE + ",-inf,2"), "a disconnected cell's -inf is a number, left alone: " + chart);
        assertTrue(Files.readString(out.resolve("chart.csv")).endsWith("\r\n"), "CRLF lines");
        String proxies = Files.readString(out.resolve("proxies.csv"));
        assertTrue(proxies.contains("\"'=HYPERLINK(\"\"http://x\"\")\","), proxies);
    }
}

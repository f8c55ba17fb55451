package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.controls.LabStyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.lab.SensitivityPlot.Curve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The plot fed with real curves: Kendall τ of sed-path and sed-flow against NB201's three accuracies
 * (nb201-nats-landscape.csv) at C = 1, 2, …, 1024. About 15 s of scoring, so it runs only when asked
 * for a snapshot ({@code -Dsnapshot.dir=DIR}) and the shared data are present.
 */
@GuiTest
class SensitivityPlotNb201Test {

    private static final String[] TARGETS = {"CIFAR10TestAccuracy200Epochs", "CIFAR100TestAccuracy200Epochs",
        "ImageNetTestAccuracy200Epochs"};
    private static final String[] NAMES = {"CIFAR-10", "CIFAR-100", "ImageNet16-120"};
    private static List<Curve> curves;
    private SensitivityPlot plot;

    @BeforeAll
    static void measure() {
        assumeTrue(System.getProperty("snapshot.dir") != null, "skipping: a snapshot generator, run with -Dsnapshot.dir=DIR");
        Path f = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb201-nats-landscape.csv");
        assumeTrue(Files.isReadable(f), "skipping: " + f.toAbsolutePath() + " is absent (set -Dsed.benchmarks=DIR)");
        BenchmarkTable table = TableReader.read(f);
        int[] grid = PlotAxes.channelTicks();
        curves = new ArrayList<>();
        for (String model : new String[] {"sed-path", "sed-flow"}) {
            double[][] tau = new double[TARGETS.length][grid.length];
            for (int i = 0; i < grid.length; i++) {
                double[] scores = Proxy.sed(SedModels.create(model, grid[i])).scores(table);
                for (int t = 0; t < TARGETS.length; t++) {
                    tau[t][i] = CorrelationStats.of(scores, table.metric(TARGETS[t]), 10).kendall();
                }
            }
            for (int t = 0; t < TARGETS.length; t++) {
                curves.add(new Curve(model + " \u00b7 " + NAMES[t], grid, tau[t]));
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", model + " " + NAMES[t]));
                for (double v : tau[t]) {
                    line.append(String.format(Locale.ROOT, " %.3f", v));
                }
                System.out.println(line);
            }
        }
    }

    @Start
    void start(Stage stage) {
        plot = new SensitivityPlot();
        stage.setScene(new Scene(new StackPane(plot), 800, 440));
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void sedPathAtSixteenChannelsMatchesTheSpecAndIsDrawnThere(FxRobot robot) throws Exception {
        assertEquals(0.707, curves.get(0).tauAt(16), 5e-4, "sed-model.md §6 (true ties): sed-path, CIFAR-10, C = 16");
        assertEquals(0.640, curves.get(3).tauAt(16), 5e-4, "sed-flow, CIFAR-10, C = 16");
        robot.interact(() -> {
            plot.setCurves(curves);
            plot.setCurrentChannels(16);
            plot.setHighlighted(curves.get(0).label());
        });
        WritableImage[] img = new WritableImage[1];
        PlotAxes[] a = new PlotAxes[1];
        robot.interact(() -> {
            a[0] = plot.currentAxes();
            img[0] = LabPixels.snap(plot);
        });
        assertTrue(LabPixels.anyNear(img[0], a[0].px(16), a[0].py(curves.get(0).tauAt(16)), 0, LabStyle.colour(0)),
                "the dot on sed-path · CIFAR-10 at C = 16");
        LabPixels.dump(img[0], "sensitivity-nb201");
    }
}

package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.controls.LabStyle;

import static io.github.sedexplorer.ui.lab.LabPixels.anyNear;
import static io.github.sedexplorer.ui.lab.LabPixels.countInColumn;
import static io.github.sedexplorer.ui.lab.LabPixels.snap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.ui.lab.SensitivityPlot.Curve;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The sensitivity plot headless: lines where the axes put them, the C marker and dots, hover, click, gaps, empty state. */
@GuiTest
class SensitivityPlotTest {

    private static final String BLUE = LabStyle.colour(0);
    private static final String VERMILLION = LabStyle.colour(1);
    private static final int[] POWERS = PlotAxes.channelTicks();

    private SensitivityPlot plot;

    @Start
    void start(Stage stage) {
        plot = new SensitivityPlot();
        Label outside = new Label("outside the plot");
        VBox.setVgrow(plot, Priority.ALWAYS);
        stage.setScene(new Scene(new VBox(outside, plot), 800, 500));
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    /** A: τ = 0.45 + 0.03 log₂ C (0.45 … 0.75); B: flat 0.3. */
    private static List<Curve> twoCurves() {
        double[] a = new double[POWERS.length];
        double[] b = new double[POWERS.length];
        for (int i = 0; i < POWERS.length; i++) {
            a[i] = 0.45 + 0.03 * i;
            b[i] = 0.3;
        }
        return List.of(new Curve("A", POWERS, a), new Curve("B", POWERS, b));
    }

    private static double tauA(double c) {
        return 0.45 + 0.03 * PlotAxes.log2(c);
    }

    private PlotAxes axes(FxRobot robot) {
        PlotAxes[] a = new PlotAxes[1];
        robot.interact(() -> a[0] = plot.currentAxes());
        return a[0];
    }

    private WritableImage image(FxRobot robot) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> {
            plot.currentAxes();
            img[0] = snap(plot);
        });
        return img[0];
    }

    private Point2D screen(FxRobot robot, double localX, double localY) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = plot.localToScreen(localX, localY));
        return p[0];
    }

    @Test
    void curvesAreDrawnInTheirColoursWhereTheAxesPutThem(FxRobot robot) throws Exception {
        robot.interact(() -> plot.setCurves(twoCurves()));
        PlotAxes a = axes(robot);
        assertEquals(0.264, a.tauMin(), 1e-12);
        assertEquals(0.786, a.tauMax(), 1e-12);
        WritableImage img = image(robot);
        for (double c : new double[] {1.5, 3, 11, 45, 181, 700}) {
            assertTrue(anyNear(img, a.px(c), a.py(tauA(c)), 1, BLUE), "A at C = " + c);
            assertTrue(anyNear(img, a.px(c), a.py(0.3), 1, VERMILLION), "B at C = " + c);
            assertFalse(anyNear(img, a.px(c), a.py(0.4), 3, BLUE) || anyNear(img, a.px(c), a.py(0.4), 3, VERMILLION),
                    "between the lines is background, C = " + c);
        }
        assertEquals(javafx.scene.paint.Color.WHITE, LabPixels.at(img, a.px(45), a.py(0.372))); // off every gridline
        assertFalse(plot.emptyLabel().isVisible());
        LabPixels.dump(img, "sensitivity-two");
    }

    @Test
    void theHighlightedCurveIsThicker(FxRobot robot) {
        robot.interact(() -> plot.setCurves(twoCurves()));
        PlotAxes a = axes(robot);
        int x = (int) Math.floor(a.px(45));
        int y0 = (int) a.plotY();
        int y1 = (int) (a.plotY() + a.plotH());
        int thin = countInColumn(image(robot), x, y0, y1, BLUE);
        robot.interact(() -> plot.setHighlighted("A"));
        int thick = countInColumn(image(robot), x, y0, y1, BLUE);
        assertTrue(thin >= 1 && thick >= thin + 2, "2 px line: " + thin + " px, 4 px line: " + thick + " px");
    }

    @Test
    void markerAndDotsFollowTheCurrentChannels(FxRobot robot) {
        robot.interact(() -> {
            plot.setCurves(twoCurves());
            plot.setCurrentChannels(16);
        });
        PlotAxes a = axes(robot);
        WritableImage img = image(robot);
        double free = a.py(0.4); // no curve passes here at C = 16 or C = 100
        assertTrue(anyNear(img, a.px(16), free, 1, LabStyle.CURRENT), "marker at C = 16");
        assertTrue(anyNear(img, a.px(16), a.py(tauA(16)), 0, BLUE), "dot on A at C = 16");
        int labelDark = dark(img, a.px(16), a.plotY());
        assertTrue(labelDark > 5, "the \"C = 16\" label above the plot: " + labelDark + " dark pixels");

        robot.interact(() -> plot.setCurrentChannels(100));
        assertEquals(100, plot.getCurrentChannels());
        img = image(robot);
        assertTrue(anyNear(img, a.px(100), free, 1, LabStyle.CURRENT), "marker moved to C = 100");
        assertFalse(anyNear(img, a.px(16), free, 1, LabStyle.CURRENT), "and left C = 16");
        assertTrue(anyNear(img, a.px(100), a.py(tauA(100)), 0, BLUE), "dot on A between grid points, interpolated on log C");
        assertTrue(anyNear(img, a.px(100), a.py(0.3), 0, VERMILLION), "dot on B");
        assertEquals(0, dark(img, a.px(16), a.plotY()), "no label left at C = 16");

        robot.interact(() -> plot.setCurrentChannels(0));
        assertEquals(-1, plot.getCurrentChannels());
        assertFalse(anyNear(image(robot), a.px(100), free, 1, LabStyle.CURRENT), "C = 0 removes the marker");
    }

    /** Dark text pixels in the 50 × 16 px box above the plot, centred on x. */
    private static int dark(WritableImage img, double x, double plotY) {
        int n = 0;
        for (int px = (int) x - 25; px < x + 25; px++) {
            for (int py = (int) plotY - 18; py < plotY - 2; py++) {
                if (LabPixels.at(img, px, py).getBrightness() < 0.5) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void nanPointsAreGapsAndLoneOnesAreDots(FxRobot robot) {
        int[] ch = {1, 2, 4, 8, 16, 32, 64, 128};
        double nan = Double.NaN;
        robot.interact(() -> plot.setCurves(List.of(
                new Curve("gappy", ch, new double[] {0.5, 0.5, 0.5, 0.5, nan, 0.5, nan, 0.6}))));
        PlotAxes a = axes(robot);
        WritableImage img = image(robot);
        assertTrue(anyNear(img, a.px(3), a.py(0.5), 1, BLUE), "drawn from 1 to 8");
        assertFalse(anyNear(img, a.px(11), a.py(0.5), 2, BLUE), "gap at 16: nothing between 8 and 32");
        assertTrue(anyNear(img, a.px(32), a.py(0.5), 1, BLUE), "the lone point at 32 is a dot");
        assertFalse(anyNear(img, a.px(45), a.py(0.5), 2, BLUE), "and no line leaves it");
    }

    @Test
    void clickPicksTheNearestGridChannels(FxRobot robot) {
        robot.interact(() -> plot.setCurves(twoCurves()));
        List<Integer> picked = new ArrayList<>();
        robot.interact(() -> plot.setOnPickChannels(picked::add));
        PlotAxes a = axes(robot);
        robot.clickOn(screen(robot, a.px(20), a.py(0.4)));
        robot.clickOn(screen(robot, a.px(23), a.py(0.6)));
        robot.clickOn(screen(robot, a.px(1000), a.py(0.7)));
        robot.clickOn(screen(robot, a.px(20), a.plotY() + a.plotH() + 12)); // the tick labels: not the plot
        assertEquals(List.of(16, 32, 1024), picked);

        robot.interact(() -> plot.setCurves(List.of(new Curve("sparse", new int[] {8, 16, 64}, new double[] {0.4, 0.5, 0.6}))));
        picked.clear();
        a = axes(robot);
        robot.clickOn(screen(robot, a.px(2), a.py(0.45)));
        robot.clickOn(screen(robot, a.px(40), a.py(0.45)));
        assertEquals(List.of(8, 64), picked, "snaps to the curves' own grid");
    }

    @Test
    void hoverReadsEveryCurveAtTheNearestGridPointAndHidesOnExit(FxRobot robot) throws Exception {
        robot.interact(() -> plot.setCurves(List.of(twoCurves().get(0), twoCurves().get(1),
                new Curve("C only at 8 and 32", new int[] {8, 32}, new double[] {0.4, 0.6}),
                new Curve("gap", new int[] {16}, new double[] {Double.NaN}))));
        PlotAxes a = axes(robot);
        robot.moveTo(screen(robot, a.px(20), a.py(0.5)));
        Label hover = plot.hoverLabel();
        assertTrue(hover.isVisible());
        assertEquals("C = 16\nA   0.570\nB   0.300\nC only at 8 and 32   0.500\ngap   \u2014", hover.getText(),
                "at 16: A and B exactly, the sparse curve interpolated on log C, the NaN curve a dash");
        robot.moveTo(screen(robot, a.px(600), a.py(0.5)));
        assertTrue(hover.getText().startsWith("C = 512\n"));
        assertTrue(hover.getBoundsInParent().getMaxX() <= plot.getWidth() + 0.5, "flipped left near the right edge");
        WritableImage img = image(robot);
        LabPixels.dump(img, "sensitivity-hover");
        robot.moveTo("outside the plot");
        assertFalse(hover.isVisible(), "hidden when the pointer leaves");
    }

    @Test
    void emptyStateShowsTheMessageAndNoAxes(FxRobot robot) throws Exception {
        robot.interact(() -> plot.setCurves(List.of()));
        Label empty = plot.emptyLabel();
        assertTrue(empty.isVisible());
        assertEquals("Load a benchmark table to see how \u03c4 moves with C", empty.getText());
        assertEquals(SensitivityPlot.EMPTY_MESSAGE, robot.lookup("#sensitivityEmpty").queryAs(Label.class).getText());
        PlotAxes a = axes(robot);
        WritableImage img = image(robot);
        assertEquals(0, countInColumn(img, (int) Math.round(a.plotX()), 0, (int) img.getHeight(), LabStyle.FRAME),
                "no frame drawn");
        List<Integer> picked = new ArrayList<>();
        robot.interact(() -> plot.setOnPickChannels(picked::add));
        robot.clickOn(screen(robot, a.px(16), a.py(0.5)));
        assertEquals(List.of(), picked, "nothing to pick");
        LabPixels.dump(img, "sensitivity-empty");
        robot.interact(() -> plot.setCurves(twoCurves()));
        assertFalse(empty.isVisible());
        robot.interact(() -> plot.setCurves(List.of()));
        assertTrue(empty.isVisible());
    }

    @Test
    void redrawsWhenResized(FxRobot robot) {
        robot.interact(() -> plot.setCurves(twoCurves()));
        PlotAxes wide = axes(robot);
        robot.interact(() -> plot.setMaxWidth(500)); // the VBox narrows it; resizing the stage races Monocle's painter
        PlotAxes narrow = axes(robot);
        assertTrue(narrow.plotW() < wide.plotW() - 200, wide.plotW() + " → " + narrow.plotW());
        WritableImage img = image(robot);
        assertEquals(Math.floor(plot.getWidth()), img.getWidth(), 0.5);
        assertTrue(anyNear(img, narrow.px(45), narrow.py(tauA(45)), 1, BLUE), "A redrawn at the new mapping");
    }

    @Test
    void twelveCurvesWithLongLabelsKeepALegendInsideTheControl(FxRobot robot) throws Exception {
        List<Curve> many = new ArrayList<>();
        String[] targets = {"CIFAR-10 test accuracy (200 epochs, mean of 3 seeds)", "CIFAR-100", "ImageNet16-120"};
        String[] models = {"sed-path", "sed-flow", "sed-path tuned", "params"};
        for (int m = 0; m < models.length; m++) {
            for (int t = 0; t < targets.length; t++) {
                double[] tau = new double[POWERS.length];
                for (int i = 0; i < tau.length; i++) {
                    tau[i] = 0.35 + 0.03 * m + 0.02 * t + 0.3 * Math.tanh((i - 2 - m) / 3.0) * (0.6 + 0.1 * t);
                }
                many.add(new Curve(models[m] + " \u00b7 " + targets[t], POWERS, tau));
            }
        }
        robot.interact(() -> {
            plot.setCurves(many);
            plot.setHighlighted(many.get(0).label());
            plot.setCurrentChannels(16);
        });
        PlotAxes a = axes(robot);
        assertTrue(a.plotX() + a.plotW() + 16 + 200 <= plot.getWidth() + 0.5, "legend at most 200 px, inside the control");
        WritableImage img = image(robot);
        double legendX = a.plotX() + a.plotW() + 16;
        double row8 = a.plotY() + 8 + 7 * 16; // the 8th curve: the palette's first colour again, dashed
        int on = 0;
        for (int x = (int) legendX; x < legendX + SensitivityPlot.LEGEND_SAMPLE; x++) {
            on += LabPixels.near(LabPixels.at(img, x, row8), javafx.scene.paint.Color.web(LabStyle.colour(7)), 0.06) ? 1 : 0;
        }
        assertTrue(on > 4 && on < SensitivityPlot.LEGEND_SAMPLE - 4, "the 8th legend sample is dashed: " + on + " px on");
        LabPixels.dump(img, "sensitivity-12");
    }
}

package io.github.sedexplorer.ui.controls;

import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.lab.LabPixels;
import io.github.sedexplorer.ui.controls.LabStyle;

import static io.github.sedexplorer.ui.lab.LabPixels.countInColumn;
import static io.github.sedexplorer.ui.lab.LabPixels.snap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The τ gauge: its sentence, NaN handling, the bar and the ceiling tick where the scale puts them. */
@GuiTest
class TauGaugeTest {

    private static final double NaN = Double.NaN;
    private TauGauge gauge;
    private VBox box;

    @Start
    void start(Stage stage) {
        gauge = new TauGauge();
        box = new VBox(8, gauge);
        box.setPadding(new Insets(10));
        box.setFillWidth(false); // the gauge at its preferred 220 × 26
        box.setStyle("-fx-background-color: white;");
        stage.setScene(new Scene(box, 260, 60));
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void sentences() {
        assertEquals("\u03c4 0.707 = 78 % of ceiling", TauGauge.describe(0.707, 0.905));
        assertEquals("\u03c4 0.950 = 105 % of ceiling", TauGauge.describe(0.95, 0.905), "a proxy may beat a noisy ceiling");
        assertEquals("\u03c4 0.000 = 0 % of ceiling", TauGauge.describe(0, 0.905));
        assertEquals("\u03c4 0.707", TauGauge.describe(0.707, NaN), "no ceiling");
        assertEquals("\u03c4 0.707", TauGauge.describe(0.707, Double.POSITIVE_INFINITY));
        assertEquals("\u03c4 not available", TauGauge.describe(NaN, NaN));
        assertEquals("\u03c4 not available (ceiling 0.905)", TauGauge.describe(NaN, 0.905));
        assertEquals("\u03c4 \u22120.120 (ceiling 0.905)", TauGauge.describe(-0.12, 0.905), "no share of the ceiling below 0");
        assertEquals("\u03c4 0.500 (ceiling 0.000)", TauGauge.describe(0.5, 0));
        assertEquals("\u03c4 0.500 (ceiling \u22120.100)", TauGauge.describe(0.5, -0.1));
        assertEquals("\u03c4 0.702 on 15,625 rows \u00b7 ceiling on 13,400", TauGauge.describe(0.702, 15_625, 0.905, 13_400),
                "a τ on other rows than the ceiling's is no share of it");
        assertEquals("\u03c4 0.700 = 77 % of ceiling", TauGauge.describe(0.7, 13_400, 0.905, 13_400), "the same rows");
    }

    @Test
    void accessibleTextFollowsTheValues(FxRobot robot) {
        assertEquals(220, gauge.prefWidth(-1), 0);
        assertEquals(26, gauge.prefHeight(-1), 0);
        assertEquals("\u03c4 not available", gauge.getAccessibleText());
        robot.interact(() -> gauge.setTau(0.707));
        assertEquals("\u03c4 0.707", gauge.getAccessibleText());
        robot.interact(() -> gauge.setCeiling(0.905));
        assertEquals("\u03c4 0.707 = 78 % of ceiling", gauge.getAccessibleText());
        assertEquals(gauge.text(), gauge.getAccessibleText());
        robot.interact(() -> gauge.setCeiling(NaN));
        assertEquals("\u03c4 0.707", gauge.getAccessibleText());
        assertEquals(0.707, gauge.getTau(), 0);
        assertTrue(Double.isNaN(gauge.getCeiling()));
    }

    private WritableImage image(FxRobot robot) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> {
            gauge.applyCss();
            gauge.layout();
            img[0] = snap(gauge);
        });
        return img[0];
    }

    @Test
    void ceilingTickSitsAtItsTauAndVanishesWithNaN(FxRobot robot) {
        robot.interact(() -> {
            gauge.setTau(0.707);
            gauge.setCeiling(0.905);
        });
        WritableImage img = image(robot);
        assertEquals(220, img.getWidth(), 0);
        assertEquals(26, img.getHeight(), 0);
        int x = (int) Math.round(gauge.xOf(0.905));
        assertEquals(1 + 0.905 * 218, gauge.xOf(0.905), 1e-9, "0..1 over the inner 218 px");
        int tick = countInColumn(img, x, 0, 26, LabStyle.TEXT);
        assertTrue(tick >= 12, "dashed tick, 3 on 2 off over 26 px: " + tick + " px");
        assertEquals(0, countInColumn(img, x + 3, 0, TauGaugeTestRows.TRACK, LabStyle.TEXT), "only one column");
        assertEquals(0, countInColumn(img, x - 30, 0, TauGaugeTestRows.TRACK, LabStyle.TEXT), "the sentence ends before it");

        robot.interact(() -> gauge.setCeiling(0.4));
        img = image(robot);
        int moved = (int) Math.round(gauge.xOf(0.4));
        assertTrue(countInColumn(img, moved, TauGaugeTestRows.TRACK, 26, LabStyle.TEXT) >= 4, "tick moved to 0.4");
        assertEquals(0, countInColumn(img, x, 0, 26, LabStyle.TEXT), "and left 0.905");

        robot.interact(() -> gauge.setCeiling(NaN));
        img = image(robot);
        assertEquals(0, countInColumn(img, moved, TauGaugeTestRows.TRACK, 26, LabStyle.TEXT), "no ceiling, no tick");
    }

    @Test
    void barFillsFromZeroToTau(FxRobot robot) {
        robot.interact(() -> gauge.setTau(0.707));
        WritableImage img = image(robot);
        assertEquals(0, gauge.scaleMin(), 0);
        assertTrue(LabPixels.anyNear(img, gauge.xOf(0.6), 1, 0, LabStyle.BAR_POSITIVE), "filled below τ");
        assertTrue(LabPixels.anyNear(img, gauge.xOf(0.8), 1, 0, LabStyle.GRID), "track above τ");
        assertEquals(1 + 0.707 * 218, gauge.xOf(0.707), 1e-9);
        robot.interact(() -> gauge.setTau(NaN));
        img = image(robot);
        assertTrue(LabPixels.anyNear(img, gauge.xOf(0.3), 1, 0, LabStyle.GRID), "NaN: an empty track");
    }

    @Test
    void negativeTauRunsLeftFromAZeroInTheMiddle(FxRobot robot) {
        robot.interact(() -> {
            gauge.setTau(-0.5);
            gauge.setCeiling(0.905);
        });
        WritableImage img = image(robot);
        assertEquals(-1, gauge.scaleMin(), 0);
        assertEquals(110, gauge.xOf(0), 1e-9, "0 in the middle of 220 px");
        assertEquals(1, gauge.xOf(-3), 1e-9, "clamped at −1");
        assertTrue(LabPixels.anyNear(img, gauge.xOf(-0.25), 13, 0, LabStyle.BAR_NEGATIVE), "between −0.5 and 0");
        assertTrue(LabPixels.anyNear(img, gauge.xOf(-0.75), 13, 0, LabStyle.GRID), "left of −0.5: track");
        assertTrue(LabPixels.anyNear(img, gauge.xOf(0.25), 13, 0, LabStyle.GRID), "right of 0: track");
        assertTrue(countInColumn(img, (int) Math.round(gauge.xOf(0.905)), 0, 26, LabStyle.TEXT) >= 12, "tick on the −1..1 scale");
        assertEquals("\u03c4 \u22120.500 (ceiling 0.905)", gauge.getAccessibleText());
    }

    @Test
    void snapshotOfSeveralGauges(FxRobot robot) throws Exception {
        double[][] cases = {{0.707, 0.905}, {0.553, 0.905}, {0.95, 0.905}, {-0.12, 0.905}, {0.707, NaN}, {NaN, 0.905}};
        robot.interact(() -> {
            box.getChildren().clear();
            for (double[] c : cases) {
                TauGauge g = new TauGauge();
                g.setTau(c[0]);
                g.setCeiling(c[1]);
                box.getChildren().add(g);
            }
            box.getScene().getWindow().sizeToScene();
        });
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = snap(box));
        assertTrue(img[0].getHeight() >= cases.length * 26);
        LabPixels.dump(img[0], "gauges");
    }

    /** Rows of the gauge: the track (with the sentence) above, the ceiling label below. */
    private static final class TauGaugeTestRows {
        static final int TRACK = (int) TauGauge.TRACK_H;
    }
}

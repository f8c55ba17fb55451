package io.github.sedexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.ui.GuiTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/**
 * The scatter chart headless: hover, click, zoom box, pan, wheel, reset, the strip, marker, SVG, look. The time its
 * density bins and hover index take over 15,625 and 1,000,000 points is ScatterDataBenchmark's (src/jmh).
 */
@GuiTest
class ScatterChartTest {

    private static final double NEG = Double.NEGATIVE_INFINITY;
    /** Rows 0-4 on a parabola, 5 disconnected, 6 missing x, 7 missing y. */
    private static final double[] X = {0, 1, 2, 3, 4, NEG, Double.NaN, 2.5};
    private static final double[] Y = {0, 1, 4, 9, 16, 5, 3, Double.NaN};

    private ScatterChart chart;

    @Start
    void start(Stage stage) {
        chart = new ScatterChart();
        stage.setScene(new Scene(new StackPane(chart), 800, 520));
        // TestFX reuses one stage: an earlier test may have left it maximised or resized
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    private void small(FxRobot robot) {
        robot.interact(() -> chart.setData(X, Y, "sed-path", "accuracy"));
    }

    private Point2D screen(FxRobot robot, double x, double y) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = chart.toScreen(x, y));
        return p[0];
    }

    @Test
    void hoverFindsTheNearestPointWithinSixPixels(FxRobot robot) {
        small(robot);
        List<Integer> asked = new ArrayList<>();
        robot.interact(() -> chart.setTooltipText(i -> {
            asked.add(i);
            return "row " + i;
        }));
        robot.moveTo(screen(robot, 2, 4));
        assertEquals(2, chart.hoveredIndexProperty().get());
        assertEquals(2, asked.get(asked.size() - 1), "the tooltip text is asked for the hovered row " + asked);
        robot.moveTo(screen(robot, 4, 16).add(3, -3));
        assertEquals(4, chart.hoveredIndexProperty().get(), "4.2 px away still counts");
        robot.moveTo(screen(robot, 2, 4).add(7, 0));
        assertEquals(-1, chart.hoveredIndexProperty().get(), "7 px away does not");
        robot.moveTo(screen(robot, 2.5, 12));
        assertEquals(-1, chart.hoveredIndexProperty().get(), "empty plot area");
    }

    @Test
    void disconnectedRowsLandInTheStripLeftOfThePlot(FxRobot robot) {
        small(robot);
        Point2D strip = screen(robot, NEG, 5);
        assertTrue(strip.getX() < screen(robot, 0, 5).getX() - Frame.STRIP_GAP, "strip lies left of x = min");
        robot.moveTo(strip);
        assertEquals(5, chart.hoveredIndexProperty().get());
        robot.interact(() -> {
            Frame f = chart.currentFrame();
            assertTrue(f.hasStrip());
            Point2D local = chart.screenToLocal(strip);
            assertTrue(local.getX() > f.stripX() && local.getX() < f.stripX() + f.stripW());
        });
        assertTrue(chart.toSvg().contains(">disconnected</text>"));
    }

    @Test
    void noStripWithoutDisconnectedRows(FxRobot robot) {
        robot.interact(() -> chart.setData(new double[] {1, 2}, new double[] {1, 2}, "x", "y"));
        robot.interact(() -> assertFalse(chart.currentFrame().hasStrip()));
        assertFalse(chart.toSvg().contains("disconnected"));
    }

    @Test
    void clickWithoutDragReportsTheIndex(FxRobot robot) {
        small(robot);
        List<Integer> clicked = new ArrayList<>();
        robot.interact(() -> chart.setOnPointClicked(clicked::add));
        robot.clickOn(screen(robot, 3, 9));
        robot.clickOn(screen(robot, NEG, 5));
        robot.clickOn(screen(robot, 0.5, 14)); // nothing there
        assertEquals(List.of(3, 5), clicked);
    }

    @Test
    void zoomBoxNarrowsTheViewAndResetRestoresIt(FxRobot robot) {
        small(robot);
        double[] full = chart.viewBounds();
        assertArrayEquals(new double[] {-0.12, 4.12, -0.48, 16.48}, full, 1e-9, "data bounds + 3 %");
        List<Integer> clicked = new ArrayList<>();
        robot.interact(() -> chart.setOnPointClicked(clicked::add));
        robot.drag(screen(robot, 0.5, 12), MouseButton.PRIMARY).moveTo(screen(robot, 3.5, 2))
                .release(MouseButton.PRIMARY);
        robot.interact(() -> { });
        double[] v = chart.viewBounds();
        double px = (full[1] - full[0]) / 500; // about a pixel
        assertEquals(0.5, v[0], 2 * px);
        assertEquals(3.5, v[1], 2 * px);
        assertEquals(2, v[2], 0.1);
        assertEquals(12, v[3], 0.1);
        assertEquals(List.of(), clicked, "a drag is not a click");
        robot.interact(chart::resetView);
        assertArrayEquals(full, chart.viewBounds(), 0);
        robot.drag(screen(robot, 0.5, 12), MouseButton.PRIMARY).moveTo(screen(robot, 3.5, 2))
                .release(MouseButton.PRIMARY);
        robot.doubleClickOn(screen(robot, 2.5, 12));
        assertArrayEquals(full, chart.viewBounds(), 0, "double-click resets");
    }

    @Test
    void secondaryDragPansAndWheelZoomsAroundThePointer(FxRobot robot) {
        small(robot);
        double[] full = chart.viewBounds();
        Point2D from = screen(robot, 2, 8);
        robot.drag(from, MouseButton.SECONDARY).moveBy(100, 0).release(MouseButton.SECONDARY);
        robot.interact(() -> { });
        double[] panned = chart.viewBounds();
        assertEquals(full[1] - full[0], panned[1] - panned[0], 1e-9, "panning keeps the width");
        assertTrue(panned[0] < full[0] - 0.5, "dragging right shows smaller x: " + panned[0]);
        assertEquals(full[2], panned[2], 1e-9);
        robot.interact(chart::resetView);
        Point2D at = screen(robot, 1, 1);
        robot.interact(() -> { // two wheel notches away from the user, as desktops report them (+40 each)
            Point2D local = chart.screenToLocal(at);
            Point2D scene = chart.localToScene(local);
            javafx.event.Event.fireEvent(chart, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(),
                    at.getX(), at.getY(), false, false, false, false, false, false, 0, 80, 0, 80,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                    null));
        });
        double[] zoomed = chart.viewBounds();
        assertTrue(zoomed[1] - zoomed[0] < full[1] - full[0], "zoomed in: " + java.util.Arrays.toString(zoomed));
        Point2D after = screen(robot, 1, 1);
        assertEquals(at.getX(), after.getX(), 1.5, "the point under the pointer stays put");
        assertEquals(at.getY(), after.getY(), 1.5);
    }

    @Test
    void markerRingVerticalLineAndStrip(FxRobot robot) throws Exception {
        small(robot);
        robot.interact(() -> chart.setMarker(3, 9));
        String svg = chart.toSvg();
        Point2D m = screen(robot, 3, 9);
        robot.interact(() -> {
            Point2D local = chart.screenToLocal(m);
            assertTrue(svg.contains("<g id=\"marker\""), "marker group");
            assertTrue(svg.contains("<circle cx=\"" + ScatterSvg.num(local.getX()) + "\" cy=\""
                    + ScatterSvg.num(local.getY()) + "\" r=\"7\"/>"), "ring at the point");
        });
        robot.interact(() -> chart.setMarker(2, Double.NaN));
        assertTrue(chart.toSvg().contains("stroke-dasharray=\"6 4\""), "vertical line when y is unknown");
        robot.interact(() -> chart.setData(new double[] {1, 2}, new double[] {1, 2}, "x", "y"));
        robot.interact(() -> chart.setMarker(NEG, 1.5));
        robot.interact(() -> assertTrue(chart.currentFrame().hasStrip(), "a disconnected marker opens the strip"));
        assertTrue(chart.toSvg().contains("id=\"marker\""));
        robot.interact(chart::clearMarker);
        assertFalse(chart.toSvg().contains("id=\"marker\""));
    }

    @Test
    void svgIsWellFormedWithCirclesOrDensityBins(FxRobot robot) throws Exception {
        small(robot);
        robot.interact(() -> chart.setCaption("n = 5 · τ 1.000 & <ρ> \"quoted\""));
        String svg = chart.toSvg();
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(6, doc.getElementsByTagName("circle").getLength(), "5 points in view and 1 in the strip, one circle each");
        assertTrue(svg.contains("n = 5 · τ 1.000 &amp; &lt;ρ&gt; &quot;quoted&quot;"));
        double[][] big = random(100_000, 7);
        robot.interact(() -> chart.setData(big[0], big[1], "sed-path", "accuracy"));
        String dense = chart.toSvg();
        Document d2 = parse(dense);
        assertEquals(0, d2.getElementsByTagName("circle").getLength(), "bins, not circles, above 20,000 points");
        assertTrue(d2.getElementsByTagName("path").getLength() > 3);
        assertTrue(dense.length() < 1_500_000, "SVG of 100,000 points: " + dense.length() + " chars");
    }

    @Test
    void snapshotOf15625Points(FxRobot robot) throws Exception {
        double[][] d = random(15_625, 42);
        robot.interact(() -> {
            chart.setData(d[0], d[1], "sed-path score", "test accuracy (%)");
            chart.setCaption("n = 15,625 · τ 0.707 · ρ 0.876 · r 0.667 · top-10% 0.541 · 341 disconnected · 0 skipped");
            chart.setMarker(d[0][17], d[1][17]);
        });
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = chart.snapshotImage());
        Path png = Path.of("target", "scatter.png");
        write(img[0], png);
        Files.writeString(Path.of("target", "scatter.svg"), chart.toSvg());
        assertEquals(800, img[0].getWidth());
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void theStatisticsLineNeverRunsIntoTheDensityLegend(FxRobot robot) {
        double[][] d = random(15_625, 42);
        String caption = "n = 15,625 · τ 0.707 · ρ 0.876 · r 0.667 · top-10% 0.541 · 341 disconnected · 0 skipped · ceiling τ 0.905";
        robot.interact(() -> {
            chart.setData(d[0], d[1], "sed-path score", "test accuracy (%)");
            chart.setCaption(caption);
        });
        Text measure = new Text(caption);
        measure.setFont(Font.font(Frame.CAPTION_FONT));
        double captionW = measure.getLayoutBounds().getWidth();
        for (double width : new double[] {1000, 800, 1400}) { // 1000: the chart in a 1024 × 700 window
            robot.interact(() -> {
                chart.getScene().getWindow().setWidth(width);
                chart.getScene().getWindow().setHeight(520);
            });
            robot.interact(() -> {
                Frame f = chart.currentFrame();
                int max = DensityBins.of(f, d[0], d[1]).max;
                double legendLeft = f.plotX() + f.plotW() - Legend.extent(Legend.maxLabel(max, DensityBins.SPAN));
                boolean sideways = f.areaX() + captionW < legendLeft;
                boolean stacked = f.captionBottom() <= f.legendY() - 3;
                assertTrue(sideways || stacked, "caption over the legend at " + width + " px");
                assertTrue(f.legendY() + 9 <= f.plotY() && f.captionBottom() - Frame.CAPTION_FONT >= 0);
                if (width == 1400) {
                    assertTrue(sideways && !stacked, "one row when there is room");
                }
            });
        }
    }

    @Test
    void theStripHasItsOwnScaleAndThePlotSpansTheConnectedRows(FxRobot robot) {
        double[] x = {1, 2, 3, NEG, NEG};
        double[] y = {85, 90, 95, 10, 12};
        robot.interact(() -> chart.setData(x, y, "x", "accuracy"));
        double[] v = chart.viewBounds();
        assertEquals(85 - 0.3, v[2], 1e-9, "the plot starts at the connected rows");
        assertEquals(95 + 0.3, v[3], 1e-9);
        Point2D low = screen(robot, NEG, 10);
        Point2D high = screen(robot, NEG, 12);
        Point2D bottom = screen(robot, 1, 85);
        Point2D top = screen(robot, 3, 95);
        assertEquals(bottom.getY(), low.getY(), 1e-6, "the strip's lowest row at the plot's lowest");
        assertEquals(top.getY(), high.getY(), 1e-6);
        robot.moveTo(high);
        assertEquals(4, chart.hoveredIndexProperty().get(), "strip rows are hovered on the strip's scale");
        String svg = chart.toSvg();
        assertTrue(svg.contains(">10.0</text>") || svg.contains(">10</text>"), "the strip labels its own scale");
    }

    /** Correlated proxy/accuracy pairs, about 2 % disconnected, a few missing. */
    static double[][] random(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double q = r.nextGaussian();
            x[i] = 20 + 6 * q + 3 * r.nextGaussian();
            y[i] = Math.min(94.5, 70 + 8 * q - 4 * Math.abs(r.nextGaussian()));
            if (r.nextInt(46) == 0) {
                x[i] = Double.NEGATIVE_INFINITY;
                y[i] = 10 + 30 * r.nextDouble();
            } else if (r.nextInt(500) == 0) {
                y[i] = Double.NaN;
            }
        }
        return new double[][] {x, y};
    }

    private static void write(WritableImage image, Path png) throws java.io.IOException {
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.log.StartupTrace;
import io.github.sedexplorer.ui.controls.CanvasFit;
import io.github.sedexplorer.ui.controls.ChartStyle;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A scatter plot of proxy score (x) against accuracy (y) for up to about a million rows, drawn on
 * one {@link Canvas}. Points are binned into 2 × 2 px cells on every paint and each bin is drawn as a
 * small disc coloured by its count (light → dark blue, log scale), so overplotted regions read as
 * denser rather than as one flat blob; a bin's colour counts the points of its 6 × 6 px neighbourhood. Rows whose x is
 * −∞ (disconnected cells) are drawn in a narrow strip left of the plot, on its centre line and on a y scale of their
 * own; rows with NaN or +∞ x, or non-finite y, are not drawn.
 *
 * <p>Mouse: wheel zooms around the pointer (only x below the plot, only y left of it); primary drag
 * draws a zoom box; secondary or Shift drag pans; double-click resets. Repaints are coalesced into
 * the layout pass, at most one per pulse. All methods must be called on the FX thread.
 */
public final class ScatterChart extends Region {

    private static final double HOVER_RADIUS = 6;

    private final Canvas canvas = new Canvas();
    private final CanvasPainter painter = new CanvasPainter();
    private final Rectangle zoomBox = new Rectangle();
    private final Circle hoverRing = new Circle(5);
    private final Tooltip tooltip = new Tooltip();
    private final IntegerProperty hoveredIndex = new SimpleIntegerProperty(this, "hoveredIndex", -1);
    private final Font tickFont = Font.font(Frame.TICK_FONT);
    private final Text measure = new Text();
    private final Text captionMeasure = new Text();

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private ChartText text = new ChartText("", "", "");
    private Marker marker;
    /** The disconnected rows' y range {lowest, highest} (the strip pads it), or null when there are none. */
    private double[] stripBounds;
    private int drawn;
    private double[] dataBounds = {0, 1, 0, 1};
    private double[] view = {0, 1, 0, 1};
    private Frame frame;
    private PointIndex index;
    private boolean dirty = true;
    private IntConsumer onPointClicked = i -> { };
    private IntFunction<String> tooltipText = i -> null;

    public ScatterChart() {
        getStyleClass().add("scatter-chart");
        zoomBox.setManaged(false);
        zoomBox.setMouseTransparent(true);
        zoomBox.setVisible(false);
        zoomBox.setFill(Color.web(ChartStyle.POINT, 0.12));
        zoomBox.setStroke(Color.web(ChartStyle.POINT));
        zoomBox.getStrokeDashArray().setAll(4.0, 3.0);
        hoverRing.setManaged(false);
        hoverRing.setMouseTransparent(true);
        hoverRing.setVisible(false);
        hoverRing.setFill(null);
        hoverRing.setStroke(Color.web(ChartStyle.TEXT));
        hoverRing.setStrokeWidth(1.5);
        measure.setFont(tickFont);
        captionMeasure.setFont(Font.font(Frame.CAPTION_FONT));
        getChildren().addAll(canvas, zoomBox, hoverRing);
        hoveredIndex.addListener((o, a, b) -> showHover(b.intValue()));
        Interaction.install(this);
    }

    /**
     * Shows new rows. The arrays are kept, not copied: change them only together with another call
     * here. The view resets to the data bounds.
     *
     * @param x proxy score per row; −∞ = disconnected cell (drawn in the strip), NaN = missing
     * @param y target per row; NaN = missing
     */
    public void setData(double[] x, double[] y, String xLabel, String yLabel) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows, y has " + y.length);
        }
        xs = x;
        ys = y;
        text = new ChartText(xLabel, yLabel, text.caption());
        dataBounds = bounds(x, y);
        resetView();
    }

    /** The line above the plot, e.g. "n = 15,625 · τ 0.707 · …"; null or empty for none. */
    public void setCaption(String caption) {
        text = new ChartText(text.xLabel(), text.yLabel(), caption);
        invalidate();
    }

    /** Highlights one cell: x −∞ puts the marker in the strip, y NaN draws a vertical line at x. */
    public void setMarker(double x, double y) {
        marker = Double.isNaN(x) ? null : new Marker(x, y);
        invalidate();
    }

    public void clearMarker() {
        marker = null;
        invalidate();
    }

    /** Back to the data bounds plus 3 % padding. */
    public void resetView() {
        setView(dataBounds.clone());
    }

    /** The visible data range: {xmin, xmax, ymin, ymax}. */
    public double[] viewBounds() {
        return view.clone();
    }

    /** Shows the given data range {xmin, xmax, ymin, ymax}; ignored unless finite with xmin < xmax, ymin < ymax. */
    public void setViewBounds(double[] bounds) {
        if (bounds.length == 4 && Double.isFinite(bounds[0]) && Double.isFinite(bounds[1]) && bounds[0] < bounds[1]
                && Double.isFinite(bounds[2]) && Double.isFinite(bounds[3]) && bounds[2] < bounds[3]) {
            setView(bounds.clone());
        }
    }

    /** Index of the drawn point nearest the pointer within 6 px, or −1. */
    public IntegerProperty hoveredIndexProperty() {
        return hoveredIndex;
    }

    /** Called with a point's index when it is clicked (without dragging). */
    public void setOnPointClicked(IntConsumer action) {
        onPointClicked = action == null ? i -> { } : action;
    }

    /** Text of the tooltip for a hovered index; null or empty shows none. */
    public void setTooltipText(IntFunction<String> text) {
        tooltipText = text == null ? i -> null : text;
    }

    /** Screen position of a data point as currently drawn (x −∞ = the strip's centre line). */
    public Point2D toScreen(double x, double y) {
        Frame f = currentFrame();
        return localToScreen(f.px(x), f.py(x, y));
    }

    /** The chart as drawn, as an image (paints first if a repaint is pending). */
    public WritableImage snapshotImage() {
        currentFrame();
        return snapshot(null, null);
    }

    /** An SVG document of the chart as currently drawn (points as circles, or density bins above 20,000 points). */
    public String toSvg() {
        Frame f = currentFrame();
        return ScatterSvg.write(f, DensityBins.of(f, xs, ys), xs, ys, text, marker);
    }

    @Override
    protected void layoutChildren() {
        if (CanvasFit.fit(canvas, getWidth(), getHeight())) {
            dirty = true;
            index = null;
            hoveredIndex.set(-1);
        }
        if (dirty) {
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    private void paint() {
        frame = layoutFrame();
        painter.paint(canvas.getGraphicsContext2D(), frame, DensityBins.of(frame, xs, ys), text, marker);
        dirty = false;
        if (xs.length > 0) {
            StartupTrace.markOnce("chart drawn");
        }
    }

    private Frame layoutFrame() {
        double[] strip = stripBounds;
        if (strip == null && marker != null && marker.x() == Double.NEGATIVE_INFINITY) {
            strip = Double.isFinite(marker.y()) ? new double[] {marker.y(), marker.y()} : new double[] {view[2], view[3]};
        }
        captionMeasure.setText(text.caption());
        double captionW = text.caption().isEmpty() ? 0 : captionMeasure.getLayoutBounds().getWidth();
        // the densest bin holds at most every drawn row, so this bounds the legend whatever the view
        double legendW = drawn > 1 ? Legend.extent(Legend.maxLabel(drawn, DensityBins.SPAN)) : 0;
        return Frame.layout(canvas.getWidth(), canvas.getHeight(), view, strip, s -> {
                    measure.setText(s);
                    return measure.getLayoutBounds().getWidth();
                }, captionW, legendW);
    }

    /** The frame of the next paint; paints now if one is pending, so coordinates match the screen. */
    Frame currentFrame() {
        if (dirty || frame == null) {
            applyCss();
            layout();
            if (dirty || frame == null) {
                layoutChildren();
            }
        }
        return frame;
    }

    PointIndex index() {
        if (index == null) {
            index = PointIndex.build(currentFrame(), xs, ys);
        }
        return index;
    }

    void setView(double[] v) {
        view = v;
        invalidate();
    }

    double[] view() {
        return view;
    }

    /** Schedules one repaint for the next pulse (the layout pass runs once per pulse) and drops the hover index. */
    private void invalidate() {
        dirty = true;
        index = null;
        hoveredIndex.set(-1);
        setNeedsLayout(true);
    }

    void hoverAt(double localX, double localY) {
        hoveredIndex.set(xs.length == 0 ? -1 : index().nearest(localX, localY, HOVER_RADIUS));
    }

    void clickAt(double localX, double localY) {
        int i = xs.length == 0 ? -1 : index().nearest(localX, localY, HOVER_RADIUS);
        if (i >= 0) {
            onPointClicked.accept(i);
        }
    }

    Rectangle zoomBox() {
        return zoomBox;
    }

    private void showHover(int i) {
        if (i < 0) {
            hoverRing.setVisible(false);
            tooltip.hide();
            return;
        }
        Frame f = currentFrame();
        hoverRing.setCenterX(f.px(xs[i]));
        hoverRing.setCenterY(f.py(xs[i], ys[i]));
        hoverRing.setVisible(true);
        String t = tooltipText.apply(i);
        if (t == null || t.isEmpty() || getScene() == null || getScene().getWindow() == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(t);
        Point2D at = localToScreen(f.px(xs[i]) + 12, f.py(xs[i], ys[i]) + 12);
        tooltip.show(this, at.getX(), at.getY());
    }

    /**
     * Data bounds over drawable connected rows with 3 % padding (over the disconnected ones when there are no others); a
     * degenerate range widens to ±0.5 (or ±5 %). Also sets the strip's own y range.
     */
    private double[] bounds(double[] x, double[] y) {
        double[] c = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] d = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Frame.drawable(x[i], y[i])) {
                continue;
            }
            count++;
            if (x[i] == Double.NEGATIVE_INFINITY) {
                d[0] = Math.min(d[0], y[i]);
                d[1] = Math.max(d[1], y[i]);
            } else {
                c[0] = Math.min(c[0], x[i]);
                c[1] = Math.max(c[1], x[i]);
                c[2] = Math.min(c[2], y[i]);
                c[3] = Math.max(c[3], y[i]);
            }
        }
        drawn = count;
        stripBounds = d[0] <= d[1] ? d : null;
        double[] xr = Frame.padded(c[0], c[1]);
        double[] yr = c[2] <= c[3] ? Frame.padded(c[2], c[3]) : Frame.padded(d[0], d[1]);
        return new double[] {xr[0], xr[1], yr[0], yr[1]};
    }
}

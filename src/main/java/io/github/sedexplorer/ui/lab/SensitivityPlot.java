package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.ui.controls.CanvasFit;
import io.github.sedexplorer.ui.controls.LabStyle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The proxy lab's sensitivity plot: Kendall τ (y) against the channel count C (x, log₂ axis from 1
 * to 1024), one line per target, with a vertical marker and a dot per curve at the current C. Hover
 * shows every curve's τ at the nearest grid C; a click on the plot reports that grid C. Drawn on one
 * canvas that follows the region's size; repaints are coalesced into the layout pass. FX thread only.
 */
public final class SensitivityPlot extends Region {

    /** Shown instead of the plot while there are no curves. */
    public static final String EMPTY_MESSAGE = "Load a benchmark table to see how \u03c4 moves with C";
    private static final double LEGEND_MIN = 80;
    private static final double LEGEND_MAX = 200;
    static final double LEGEND_SAMPLE = 22;

    /**
     * One line of the plot: τ per channel count. Channel counts must be positive and strictly
     * increasing; a NaN τ is a gap in the line. The arrays are copied in and out.
     */
    public record Curve(String label, int[] channels, double[] tau) {

        public Curve {
            Objects.requireNonNull(label, "label");
            if (channels.length != tau.length) {
                throw new IllegalArgumentException("curve " + label + ": " + channels.length + " channel counts but "
                        + tau.length + " \u03c4 values");
            }
            for (int i = 0; i < channels.length; i++) {
                if (channels[i] < 1 || i > 0 && channels[i] <= channels[i - 1]) {
                    throw new IllegalArgumentException("curve " + label + ": channel counts must be positive and "
                            + "increasing, got " + channels[i] + " at position " + (i + 1));
                }
            }
            channels = channels.clone();
            tau = tau.clone();
        }

        @Override
        public int[] channels() {
            return channels.clone();
        }

        @Override
        public double[] tau() {
            return tau.clone();
        }

        /**
         * τ at a channel count: the value at a grid point, linear in log₂ C between two neighbouring
         * grid points, NaN outside the grid or next to a gap.
         */
        public double tauAt(double c) {
            for (int i = 0; i < channels.length; i++) {
                if (channels[i] == c) {
                    return tau[i];
                }
                if (channels[i] > c) {
                    if (i == 0) {
                        return Double.NaN;
                    }
                    double f = (PlotAxes.log2(c) - PlotAxes.log2(channels[i - 1]))
                            / (PlotAxes.log2(channels[i]) - PlotAxes.log2(channels[i - 1]));
                    return tau[i - 1] + f * (tau[i] - tau[i - 1]); // NaN either side stays NaN
                }
            }
            return Double.NaN;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Curve c && label.equals(c.label) && Arrays.equals(channels, c.channels)
                    && Arrays.equals(tau, c.tau);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, Arrays.hashCode(channels), Arrays.hashCode(tau));
        }

        @Override
        public String toString() {
            return "Curve[" + label + ", " + Arrays.toString(channels) + ", " + Arrays.toString(tau) + "]";
        }
    }

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Label empty = new Label(EMPTY_MESSAGE);
    private final Font tickFont = Font.font(LabStyle.TICK_FONT);
    private final Text measure = new Text();
    private final SensitivityPainter painter = new SensitivityPainter();

    private List<Curve> curves = List.of();
    private int[] grid = new int[0];
    private double[] range = {0, 1};
    private int current = -1;
    private String highlighted;
    private IntConsumer onPickChannels = c -> { };
    private PlotAxes axes;
    private double legendW;
    private boolean dirty = true;

    public SensitivityPlot() {
        getStyleClass().add("sensitivity-plot");
        setPrefSize(640, 360);
        setMinSize(240, 160);
        getStylesheets().add(SensitivityPlot.class.getResource("lab.css").toExternalForm());
        hover.getStyleClass().add("hover-readout");
        hover.setId("sensitivityHover");
        hover.setManaged(false);
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        empty.getStyleClass().add("empty-message");
        empty.setId("sensitivityEmpty");
        empty.setWrapText(true);
        empty.setAlignment(Pos.CENTER);
        empty.setMouseTransparent(true);
        measure.setFont(tickFont);
        getChildren().addAll(canvas, empty, hover);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                pickAt(e.getX(), e.getY());
            }
        });
    }

    /** Shows these curves (colours follow list order); an empty list shows the empty-state message. */
    public void setCurves(List<Curve> curves) {
        this.curves = List.copyOf(curves);
        TreeSet<Integer> all = new TreeSet<>();
        for (Curve c : this.curves) {
            for (int ch : c.channels) {
                if (ch >= PlotAxes.MIN_CHANNELS && ch <= PlotAxes.MAX_CHANNELS) {
                    all.add(ch);
                }
            }
        }
        grid = all.stream().mapToInt(Integer::intValue).toArray();
        range = PlotAxes.tauRange(this.curves);
        empty.setVisible(this.curves.isEmpty());
        hover.setVisible(false);
        invalidate();
    }

    public List<Curve> getCurves() {
        return curves;
    }

    /** Moves the marker to C (drawn when 1 ≤ C ≤ 1024; anything else removes it). */
    public void setCurrentChannels(int channels) {
        current = channels >= PlotAxes.MIN_CHANNELS && channels <= PlotAxes.MAX_CHANNELS ? channels : -1;
        invalidate();
    }

    /** The marker's C, or −1 when there is none. */
    public int getCurrentChannels() {
        return current;
    }

    /** Draws the curve with this label thicker and on top; null for none. */
    public void setHighlighted(String label) {
        highlighted = label;
        invalidate();
    }

    public String getHighlighted() {
        return highlighted;
    }

    /** Called with the grid C nearest a primary click inside the plot rectangle. */
    public void setOnPickChannels(IntConsumer action) {
        onPickChannels = action == null ? c -> { } : action;
    }

    @Override
    protected void layoutChildren() {
        if (CanvasFit.fit(canvas, getWidth(), getHeight())) {
            dirty = true;
            hover.setVisible(false);
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double inset = 24;
        empty.setMaxWidth(Math.max(1, w - 2 * inset));
        layoutInArea(empty, inset, 0, Math.max(1, w - 2 * inset), h, 0, HPos.CENTER, VPos.CENTER);
        if (dirty) {
            axes = layoutAxes(w, h);
            painter.paint(canvas.getGraphicsContext2D(), w, h, axes, curves, highlighted, current,
                    axes.plotX() + axes.plotW() + 16, legendW, this::textWidth);
            dirty = false;
        }
    }

    /** The axes of the current paint; lays out and paints first if a repaint is pending. */
    PlotAxes currentAxes() {
        if (dirty || axes == null) {
            applyCss();
            layout();
            if (dirty || axes == null) {
                layoutChildren();
            }
        }
        return axes;
    }

    Label hoverLabel() {
        return hover;
    }

    Label emptyLabel() {
        return empty;
    }

    private PlotAxes layoutAxes(double w, double h) {
        double top = 24; // room for the "C = 16" label
        double bottom = 5 + 3 + LabStyle.TICK_FONT + 8 + LabStyle.TITLE_FONT + 6;
        double plotH = Math.max(10, h - top - bottom);
        PlotAxes probe = new PlotAxes(0, top, 1, plotH, range[0], range[1]);
        double labelW = 0;
        for (double t : probe.tauTicks()) {
            labelW = Math.max(labelW, textWidth(PlotAxes.tickLabel(t, probe.tauStep())));
        }
        double left = 4 + LabStyle.TITLE_FONT + 8 + labelW + 3 + 5;
        legendW = 0;
        if (!curves.isEmpty()) {
            double longest = 0;
            for (Curve c : curves) {
                longest = Math.max(longest, textWidth(c.label()));
            }
            double cap = Math.min(LEGEND_MAX, Math.max(LEGEND_MIN, w * 0.3));
            legendW = Math.min(cap, LEGEND_SAMPLE + 6 + longest);
        }
        double right = 14 + (legendW > 0 ? legendW + 16 : 0); // half a "1024" label, then the legend
        return new PlotAxes(left, top, Math.max(10, w - left - right), plotH, range[0], range[1]);
    }

    private double textWidth(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private void invalidate() {
        dirty = true;
        setNeedsLayout(true);
    }

    void hoverAt(double x, double y) {
        PlotAxes a = currentAxes();
        if (grid.length == 0 || !a.contains(x, y)) {
            hover.setVisible(false);
            return;
        }
        int c = PlotAxes.nearest(a.channelsAt(x), grid);
        hover.setText(readout(c));
        hover.applyCss();
        hover.autosize();
        double hx = x + 14 + hover.getWidth() > getWidth() ? x - 10 - hover.getWidth() : x + 14;
        double hy = y + 14 + hover.getHeight() > getHeight() ? y - 10 - hover.getHeight() : y + 14;
        hover.relocate(Math.max(0, hx), Math.max(0, hy));
        hover.setVisible(true);
    }

    /** "C = 16" and one line per curve: its label and τ at C (interpolated when the curve lacks that C). */
    String readout(int c) {
        List<String> lines = new ArrayList<>();
        lines.add("C = " + c);
        for (Curve curve : curves) {
            lines.add(LabStyle.fit(curve.label(), 220, this::textWidth) + "   " + LabStyle.tau(curve.tauAt(c)));
        }
        return String.join("\n", lines);
    }

    void pickAt(double x, double y) {
        PlotAxes a = currentAxes();
        if (grid.length > 0 && a.contains(x, y)) {
            onPickChannels.accept(PlotAxes.nearest(a.channelsAt(x), grid));
        }
    }
}

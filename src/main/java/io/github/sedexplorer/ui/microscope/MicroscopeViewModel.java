package io.github.sedexplorer.ui.microscope;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.Microscope;
import io.github.sedexplorer.microscope.MicroscopeSettings;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.microscope.Stat;
import io.github.sedexplorer.ui.common.LatestWins;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Microscope tab's state: the editor's document measured by {@link Microscope#measure} (random weights, K seeded
 * Gaussian maps: measured, not the reconstruction) at the settings chosen here. Every edit and every settings change
 * asks for a new measurement; the newest wins and a running one is cancelled through its job's staleness. While the
 * tab is not {@linkplain #shownProperty shown} a change is only noted, and measured once the tab is next shown.
 */
public final class MicroscopeViewModel {

    /** The map sizes offered (H = W). */
    public static final List<Integer> SIZES = List.of(16, 32, 64);
    /** The local-entropy windows offered. */
    public static final List<Integer> WINDOWS = List.of(3, 5);

    private final ObservableValue<CellDocument> document;
    private final ObservableValue<? extends Number> modelChannels;
    private final LatestWins runner;
    private final MicroscopeSettings defaults = MicroscopeSettings.defaults();
    private final IntegerProperty channelShown = new SimpleIntegerProperty(0);
    private final IntegerProperty seeds = new SimpleIntegerProperty(defaults.seeds());
    private final IntegerProperty size = new SimpleIntegerProperty(defaults.height());
    private final IntegerProperty window = new SimpleIntegerProperty(defaults.window());
    private final IntegerProperty seed = new SimpleIntegerProperty((int) defaults.seed());
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final BooleanProperty scaleEachNode = new SimpleBooleanProperty(false);
    private final ObjectProperty<NodeRef> marked = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Measurement> measurement = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean stale;
    private long measuredMillis = -1;

    /**
     * @param modelChannels the editor's model C, shown beside the map's C (the predictions use the map's C)
     */
    public MicroscopeViewModel(ObservableValue<CellDocument> document, ObservableValue<? extends Number> modelChannels, LatestWins runner) {
        this(document, modelChannels, runner, true);
    }

    /** @param shownAtFirst whether a view shows it from the start (false: nothing is measured until {@link #shownProperty} is set) */
    public MicroscopeViewModel(ObservableValue<CellDocument> document, ObservableValue<? extends Number> modelChannels, LatestWins runner,
            boolean shownAtFirst) {
        shown.set(shownAtFirst);
        this.document = document;
        this.modelChannels = modelChannels;
        this.runner = runner;
        document.addListener((o, a, d) -> request());
        for (IntegerProperty p : List.of(seeds, size, window, seed)) {
            p.addListener((o, a, v) -> request());
        }
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                request();
            }
        });
        request();
    }

    /** The settings the controls give: C = the defaults' channel count, H = W = the map size. */
    public MicroscopeSettings settings() {
        return new MicroscopeSettings(defaults.channels(), size.get(), size.get(), window.get(), seeds.get(), seed.get());
    }

    /** Asks for a measurement of the current document at the current settings (the newest request wins). */
    public void request() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        CellDocument doc = document.getValue();
        if (doc == null) {
            return;
        }
        MicroscopeSettings s;
        try {
            s = settings();
        } catch (SedException e) {
            runner.cancel();
            status.set(e.getMessage());
            return;
        }
        double c = modelChannels.getValue() == null ? s.channels() : modelChannels.getValue().doubleValue();
        status.set("Measuring " + s.seeds() + " seeds at " + s.height() + "×" + s.width() + "…");
        runner.submit("Cannot measure the cell in the microscope", job -> {
            long t0 = System.nanoTime();
            Measurement m = Microscope.measure(doc.architecture(), c, s, job::stale);
            return new Timed(m, (System.nanoTime() - t0) / 1_000_000);
        }, t -> {
            measuredMillis = t.millis;
            measurement.set(t.measurement);
            status.set("Measured " + t.measurement.nodes().size() + " nodes × " + s.seeds() + " seeds in " + t.millis + " ms");
        }, () -> status.set("The measurement failed"));
    }

    private record Timed(Measurement measurement, long millis) {
    }

    /** The newest measurement published, or null before the first. */
    public ReadOnlyObjectProperty<Measurement> measurementProperty() {
        return measurement.getReadOnlyProperty();
    }

    public Measurement getMeasurement() {
        return measurement.get();
    }

    /** How long the last published measurement took, in ms (−1: none yet). */
    public long measuredMillis() {
        return measuredMillis;
    }

    /** Which channel the first thumbnail shows (0 … C − 1): a display choice, it does not re-measure. */
    public IntegerProperty channelShownProperty() {
        return channelShown;
    }

    public IntegerProperty seedsProperty() {
        return seeds;
    }

    /** The map's side, H = W. */
    public IntegerProperty sizeProperty() {
        return size;
    }

    public IntegerProperty windowProperty() {
        return window;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    /** A node of the architecture: its cell's index (DARTS: 0 normal, 1 reduce) and its index in the cell. */
    public record NodeRef(int cell, int node) {
        public static NodeRef of(NodeMeasure n) {
            return new NodeRef(n.cell(), n.node());
        }
    }

    /** The node the editor has selected, whose cards are marked (null: none); a display choice, it does not re-measure. */
    public ObjectProperty<NodeRef> markedProperty() {
        return marked;
    }

    /**
     * Whether each node's thumbnails get their own scales (its maps' largest |value|, its heat map's range), stated on
     * its card, rather than one scale for the whole view: a display choice, it does not re-measure. One scale shows
     * the maps fading and the entropy falling from node to node; a node's own shows what is left of its structure.
     */
    public BooleanProperty scaleEachNodeProperty() {
        return scaleEachNode;
    }

    /** The half-range m of one map on its own: its largest |value| (1 when all are 0). */
    public static double ownScale(double[][] map) {
        return nonZero(maxAbs(map));
    }

    /** The half-range m of a node's map thumbnails: its own, or the view's ({@link #mapScale(Measurement, int)}). */
    public double mapScale(Measurement m, NodeMeasure n) {
        int channel = channelFor(m);
        return scaleEachNode.get() ? nonZero(Math.max(maxAbs(n.sample().channel(channel)), maxAbs(n.sample().channelMean())))
                : mapScale(m, channel);
    }

    /** The [lo, hi] of a node's heat thumbnail: its own range, or the view's ({@link #heatScale(Measurement)}). */
    public double[] heatScale(Measurement m, NodeMeasure n) {
        return scaleEachNode.get() ? range(List.of(n)) : heatScale(m);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    // ---- what the cards and the legend show ----

    /** The channel a measurement's first thumbnail shows: the chosen one, clamped to the map's channels. */
    public int channelFor(Measurement m) {
        return Math.max(0, Math.min(channelShown.get(), m.settings().channels() - 1));
    }

    /**
     * The half-range m of the one diverging scale every map thumbnail of the view uses (−m blue, 0 white, +m red):
     * the largest |value| in the shown channel and the channel mean over every node (1 when all are 0).
     */
    public static double mapScale(Measurement m, int channel) {
        double max = 0;
        for (NodeMeasure n : m.nodes()) {
            max = Math.max(max, maxAbs(n.sample().channel(channel)));
            max = Math.max(max, maxAbs(n.sample().channelMean()));
        }
        return nonZero(max);
    }

    private static double nonZero(double max) {
        return max > 0 ? max : 1;
    }

    /** The finite [min, max] of every node's heat map: the heat thumbnails' one scale ({0, 1} when there is none). */
    public static double[] heatScale(Measurement m) {
        return range(m.nodes());
    }

    private static double[] range(List<NodeMeasure> nodes) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (NodeMeasure n : nodes) {
            for (double[] row : n.heat()) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        return lo == hi ? new double[] {lo - 0.5, hi + 0.5} : new double[] {lo, hi};
    }

    private static double maxAbs(double[][] map) {
        double max = 0;
        for (double[] row : map) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return max;
    }

    /** What the view's legend says of its scales: one for the whole view with its values, or each node's own. */
    public String legend(Measurement m) {
        int channel = channelFor(m);
        String maps = "Maps (channel " + channel + " and the mean over the C channels, seed 0): blue −m · white 0 · red +m";
        String heat = "Heat maps: local entropy per position (s×s windows, Σ over channels and seeds), dark purple lo · green"
                + " · yellow hi; grey: no signal.";
        if (scaleEachNode.get()) {
            return maps + ", each node on its own scale: m, its largest |value| shown, and its heat map's lo–hi are on its"
                    + " card.  " + heat;
        }
        double[] h = heatScale(m);
        String m0 = num(mapScale(m, channel));
        return maps + ", one scale for every map thumbnail of the view, m = " + m0 + " (the largest |value| shown).  " + heat
                + " One scale for every node: lo " + num(h[0]) + ", hi " + num(h[1]) + ".";
    }

    /** A card's own scales when each node has its own: "m = 0.418 · H 1.2–4.6". */
    public static String scales(double m, double[] heat) {
        return "m = " + num(m) + " · H " + num(heat[0]) + " – " + num(heat[1]);
    }

    /** A card's title: the node's name, after its cell's name when the architecture has more than one cell. */
    public static String title(Measurement m, NodeMeasure n) {
        return m.architecture().cells().size() > 1 ? m.architecture().cellName(n.cell()) + " · " + n.name() : n.name();
    }

    /**
     * The card's table: per row the quantity, the measured value (mean ± spread over seeds) and the prediction beside
     * it: ½·ln v beside sed-flow's, local entropy beside the 1-D s²·½·ln(2πe·v) at sed-flow's v, the correlation gap
     * (the local entropy less the 1-D value at the measured v: what correlation alone takes), ρ(1).
     */
    public static List<List<String>> table(NodeMeasure n) {
        return List.of(
                List.of("½·ln v", stat(n.halfLogVar()), "sed-flow " + num(n.predictedHalfLogVar())),
                List.of("local H", stat(n.localEntropy()), "1-D " + num(n.predictedLocalEntropy())),
                List.of("corr. gap", stat(n.correlationGap()), "1-D 0"), // independent neighbours, as the 1-D value assumes
                List.of("ρ(1)", stat(n.rho1()), ""));
    }

    /**
     * The editor strip's four short lines: measured ½·ln v, sed-flow's prediction, ρ(1), and the correlation gap (means
     * over the seeds; the Microscope tab gives the spread).
     */
    public static List<String> compact(NodeMeasure n) {
        return List.of("½·ln v " + num(n.halfLogVar().mean()), "sed-flow " + num(n.predictedHalfLogVar()),
                "ρ(1) " + num(n.rho1().mean()), "corr. gap " + num(n.correlationGap().mean()));
    }

    /** The card's numbers, one line per row of {@link #table}. */
    public static List<String> numbers(NodeMeasure n) {
        return table(n).stream().map(row -> String.join("  ", row).strip()).toList();
    }

    static String stat(Stat s) {
        return num(s.mean()) + " ± " + num(s.spread());
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+∞" : "−∞";
        }
        return String.format(Locale.ROOT, "%.3f", v).replace('-', '−');
    }

    /** What the caption says of the numbers' origin. */
    public static String caption(Measurement m) {
        MicroscopeSettings s = m.settings();
        return "Measured on random weights and random Gaussian input maps (K = " + s.seeds() + " seeds from seed " + s.seed()
                + ", C = " + s.channels() + ", " + s.height() + "×" + s.width() + ", s = " + s.window()
                + "), not the reconstruction's formulas. ± is the standard deviation over the seeds; sed-flow and the 1-D"
                + " prediction s²·½·ln(2πe·v) are at the map's C = " + s.channels() + " (the editor's model is at C = "
                + num(m.modelChannels()).replace(".000", "") + ").";
    }
}

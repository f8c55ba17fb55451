package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.LoadMonitor;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.lab.ProxyLab;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.ui.common.Dialogs;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.Notifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The proxy lab's state: the SED parameters as live controls (C, the per-op Δ table, path or flow)
 * and, for every target of every loaded table, τ/ρ under that setting beside the reconstruction's,
 * τ against C, and how a setting tuned on one table does on the others.
 *
 * <p>Work runs on one background thread, latest setting wins: a setting replaced before its turn is never
 * evaluated, a newer setting makes the running sensitivity sweep stop (to go on where it stopped when only C
 * changed), and a result never replaces a newer one. Figures finished for a setting that has moved on since are
 * still shown until newer ones come, so they follow a dragged slider; the sweep and "busy" are the newest setting's.
 *
 * <p>The measured {@code sed-local-mc} can be compared beside them as a fixed reference, never tuned and never taken
 * for the reconstruction: checked ({@link #measuredProperty()}), every table is scored with it once, on a runner of its
 * own so that C stays fluid meanwhile, and its scores are kept per table. They depend on no C or Δ, so a new setting
 * leaves its figures as they are; only tables added or removed bring work (ranking alone for the tables scored before).
 */
public final class LabViewModel {

    /** The measured model compared beside the setting: a Monte-Carlo forward pass per distinct cell. */
    public static final String MEASURED = LocalMcModel.ID;

    /**
     * One row of the figures: a target with τ/ρ now and under the reconstruction.
     *
     * @param measured {@link #MEASURED}'s figure, or null while it is not compared or not yet computed
     */
    public record Row(ProxyLab.Target target, ProxyLab.Figure now, ProxyLab.Figure reconstruction, ProxyLab.Figure measured) {
        public double tauGain() {
            return now.kendall() - reconstruction.kendall();
        }
    }

    /** One loaded table in the held-out view: mean τ gain over its targets, and whether the setting was tuned on it. */
    /**
     * One table's mean figures over its targets.
     *
     * @param rows rows ranked: the most of any of its targets (each target's n counts rows, as in the figures)
     * @param meanTauMeasured {@link #MEASURED}'s mean τ over the same targets; NaN while it is not compared or not yet computed
     */
    public record HeldOut(BenchmarkTable table, boolean tunedOn, int targets, int rows, double meanTauNow,
            double meanTauReconstruction, double meanTauMeasured) {
        public double meanGain() {
            return meanTauNow - meanTauReconstruction;
        }
    }

    private final ObjectProperty<ModelSpec> setting = new SimpleObjectProperty<>(ModelSpec.reconstruction(16));
    private final ReadOnlyObjectWrapper<ProxyLab> lab = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<HeldOut> heldOut = FXCollections.observableArrayList();
    private final ObjectProperty<BenchmarkTable> tunedOn = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<double[][]> sensitivity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ModelSpec> shownSetting = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("tuned");
    private final BooleanProperty measured = new SimpleBooleanProperty();
    private final ObservableList<BenchmarkTable> tables;
    private final LatestWins worker;
    private final LatestWins measuredRunner;
    private final Notifier notifier;
    private final Dialogs dialogs;
    private Consumer<ModelSpec> onSaved = s -> { };
    private List<ProxyLab.Figure> reconstruction = List.of();
    /** The setting the shown sweep was made for, at C = 1 (null: none yet for these tables); C does not change a sweep. */
    private ModelSpec sensitivityFor;
    /** The request whose figures are shown: older figures never replace them (FX thread). */
    private long shownRequest;
    /** {@link #MEASURED}'s figure of each of {@link #measuredFor}'s targets; null while there are none (FX thread). */
    private Map<ProxyLab.Target, ProxyLab.Figure> measuredFigures;
    /** The lab {@link #measuredFigures} are for (FX thread). */
    private ProxyLab measuredFor;
    /**
     * {@link #MEASURED}'s scores of each loaded table scored so far (tables compare by identity): the measured runner
     * fills it, one job after another; a closed table's scores go when the tables change, checked or not.
     */
    private final Map<BenchmarkTable, double[]> measuredScores = new ConcurrentHashMap<>();
    /** Figures made and not yet shown: only the newest waits (worker sets, FX thread takes). */
    private final AtomicReference<Runnable> pendingShow = new AtomicReference<>();
    /** The sweep being made or last made; only the worker touches it, one task after another. */
    private ProxyLab.Sweep sweep;
    /** The newest setting, for the worker to read when its turn comes. */
    private volatile ModelSpec latest;
    /** An evaluation is on its way whose figures the FX thread has not taken yet (FX thread). */
    private boolean evaluating;
    /** The setting changed while {@link #evaluating}: evaluate the newest once its figures are in (FX thread). */
    private boolean again;

    /**
     * Follows the workspace's loaded tables: every target of every one of them is evaluated, on {@code worker};
     * {@link #MEASURED} scores them on a thread of its own when it is compared.
     */
    public LabViewModel(ObservableList<BenchmarkTable> tables, LatestWins worker, Notifier notifier, Dialogs dialogs) {
        this(tables, worker, LatestWins.onThread("proxy-lab-measured", notifier), notifier, dialogs);
    }

    /**
     * As the other constructor, {@link #MEASURED}'s scoring on {@code measuredRunner}: a runner of its own, since a
     * request on {@code worker} would make the setting's running evaluation stale and wait seconds behind the scoring.
     */
    public LabViewModel(ObservableList<BenchmarkTable> tables, LatestWins worker, LatestWins measuredRunner, Notifier notifier,
            Dialogs dialogs) {
        this.tables = tables;
        this.worker = worker;
        this.measuredRunner = measuredRunner;
        this.notifier = notifier;
        this.dialogs = dialogs;
        latest = setting.get();
        tables.addListener((ListChangeListener<BenchmarkTable>) c -> rebuild());
        setting.addListener((o, a, b) -> {
            latest = b;
            evaluate();
        });
        tunedOn.addListener((o, a, b) -> updateHeldOut());
        lab.addListener((o, a, b) -> compareMeasured());
        measured.addListener((o, a, b) -> compareMeasured());
        rebuild();
    }

    /**
     * Scores the lab's tables with {@link #MEASURED} (the ones not scored before) and ranks its scores against every
     * target, off the FX thread with progress; unchecked or with the tables gone, the work stops and its figures go.
     */
    private void compareMeasured() {
        ProxyLab l = lab.get();
        if (measuredFor != l || !measured.get()) {
            measuredFor = null;
            measuredFigures = null;
            showMeasured();
        }
        if (l == null || !measured.get()) {
            measuredRunner.cancel();
            return;
        }
        if (measuredFor == l) {
            return; // already shown for these tables
        }
        measuredRunner.submit("The proxy lab cannot score the tables with " + ModelCatalog.label(MEASURED),
                job -> measuredFigures(l, job), f -> {
                    if (lab.get() == l && measured.get()) {
                        measuredFor = l;
                        measuredFigures = f;
                        showMeasured();
                    }
                });
    }

    /** On the measured runner: every table of the lab scored (once) and ranked against its targets. */
    private Map<ProxyLab.Target, ProxyLab.Figure> measuredFigures(ProxyLab l, LatestWins.Job job) {
        measuredScores.keySet().retainAll(l.tables()); // and any a stale job put since
        long total = l.tables().stream().filter(t -> !measuredScores.containsKey(t)).mapToLong(BenchmarkTable::rows).sum();
        long done = 0;
        Map<ProxyLab.Target, ProxyLab.Figure> out = new HashMap<>();
        for (BenchmarkTable t : l.tables()) {
            double[] scores = measuredScores.get(t);
            if (scores == null) {
                long before = done;
                // the model's C is only what it reports: the Monte Carlo runs at its own fixed sizes
                scores = Proxy.sed(Models.create(MEASURED, t.space().defaultChannels())).scores(t, new LoadMonitor() {
                    @Override
                    public void progress(long rows, long of) {
                        job.progress(before + rows, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return job.stale();
                    }
                });
                done += t.rows();
                measuredScores.put(t, scores);
            }
            l.figures(t, scores).forEach(f -> out.put(f.target(), f));
        }
        return out;
    }

    /** The shown rows again with {@link #MEASURED}'s figures as they are now (the setting's stay as they were). */
    private void showMeasured() {
        List<Row> out = new ArrayList<>(rows.size());
        boolean changed = false;
        for (Row r : rows) {
            ProxyLab.Figure m = measuredOf(r.target());
            changed |= r.measured() != m;
            out.add(r.measured() == m ? r : new Row(r.target(), r.now(), r.reconstruction(), m));
        }
        if (changed) {
            rows.setAll(out);
            updateHeldOut();
        }
    }

    /** The target's measured figure; the rows may still be an older lab's while a newer one's figures are in. */
    private ProxyLab.Figure measuredOf(ProxyLab.Target t) {
        return measuredFigures == null ? null : measuredFigures.get(t);
    }

    private void rebuild() {
        List<BenchmarkTable> snapshot = List.copyOf(tables);
        measuredScores.keySet().retainAll(snapshot); // a closed table is let go
        if (tunedOn.get() == null || !snapshot.contains(tunedOn.get())) {
            tunedOn.set(snapshot.isEmpty() ? null : snapshot.get(0));
        }
        if (snapshot.isEmpty()) {
            worker.next();
            lab.set(null);
            shownSetting.set(null);
            rows.clear();
            heldOut.clear();
            sensitivity.set(null);
            return;
        }
        if (lab.get() == null && setting.get().deltas().isEmpty()) {
            // the first table: start from its space's own C, as the reconstruction does
            setting.set(setting.get().withChannels(snapshot.get(0).space().defaultChannels()));
        }
        long g = worker.next();
        busy.set(true);
        worker.run(g, () -> {
            try {
                ProxyLab built = new ProxyLab(snapshot);
                List<ProxyLab.Figure> ref = built.reconstruction();
                worker.publish(g, () -> {
                    reconstruction = ref;
                    sensitivityFor = null;
                    evaluating = false; // whatever ran for the old tables is stale
                    again = false;
                    lab.set(built);
                    evaluate();
                });
            } catch (RuntimeException e) {
                fail(g, e);
            }
        });
    }

    /**
     * Scores every table under the newest setting, then sweeps C (only when more than C changed). One evaluation at a
     * time, and the next starts only once the FX thread has taken the last one's figures: settings that come meanwhile
     * (a dragged slider gives one every few ms) are coalesced, the newest wins and the ones between are never
     * evaluated, so the worker does not outrun what can be shown. Figures finished after the setting moved on are shown
     * until newer ones come (never over newer ones), so they follow the drag; the sweep gives way to every newer
     * setting and goes on where it stopped while the setting differs only in C.
     */
    private void evaluate() {
        ProxyLab l = lab.get();
        if (l == null) {
            return;
        }
        busy.set(true);
        if (evaluating) {
            again = true; // after the running evaluation's figures
            return;
        }
        evaluating = true;
        again = false;
        ModelSpec sweptFor = sensitivityFor;
        long g = worker.next();
        worker.run(g, () -> {
            try {
                ModelSpec s = latest; // the newest setting by the time the worker gets to it
                ModelSpec key = sweepKey(s);
                List<ProxyLab.Figure> now = l.evaluate(s);
                showLatest(() -> figuresDone(g, l, s, now));
                if (!key.equals(sweptFor)) {
                    ProxyLab.Sweep w = sweep;
                    if (w == null || w.lab() != l || !w.setting().equals(key)) {
                        w = l.sweep(key, ProxyLab.channelGrid());
                        sweep = w;
                    }
                    if (!w.advance(() -> !worker.isCurrent(g))) {
                        return; // a newer setting took over: it goes on with this sweep if only C changed
                    }
                    double[][] tau = w.tau();
                    worker.publish(g, () -> {
                        sensitivityFor = key;
                        sensitivity.set(tau);
                    });
                }
                worker.publish(g, () -> busy.set(false));
            } catch (CancellationException e) {
                // a newer setting took over
            } catch (RuntimeException e) {
                fail(g, e);
            }
        });
    }

    /** On the FX thread: an evaluation's figures are in; shown unless newer ones are, then the newest setting's turn. */
    private void figuresDone(long g, ProxyLab l, ModelSpec s, List<ProxyLab.Figure> now) {
        if (lab.get() != l) {
            return; // figures of tables since replaced
        }
        evaluating = false;
        if (g > shownRequest) {
            shownRequest = g;
            shownSetting.set(s);
            show(l, now);
        }
        if (again) {
            again = false;
            if (!setting.get().equals(s)) {
                evaluate();
            }
        }
    }

    /** What a sweep depends on: the setting at one fixed C. */
    private static ModelSpec sweepKey(ModelSpec s) {
        return s.withChannels(1);
    }

    /** Hands figures to the FX thread; figures made while earlier ones still wait there replace them. */
    private void showLatest(Runnable apply) {
        if (pendingShow.getAndSet(apply) == null) {
            worker.deliver(() -> pendingShow.getAndSet(null).run());
        }
    }

    /** Bad input shows its message; a bug is logged with its stack trace and the line says where the log is. */
    private void fail(long g, RuntimeException e) {
        worker.publish(g, () -> {
            busy.set(false);
            evaluating = false; // the next setting is evaluated afresh
            again = false;
            notifier.failure("The proxy lab cannot evaluate this setting", e);
        });
    }

    private void show(ProxyLab l, List<ProxyLab.Figure> now) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            out.add(new Row(l.targets().get(i), now.get(i), reconstruction.get(i), measuredOf(l.targets().get(i))));
        }
        rows.setAll(out);
        updateHeldOut();
    }

    private void updateHeldOut() {
        List<HeldOut> out = new ArrayList<>();
        for (BenchmarkTable t : tables) {
            double now = 0;
            double ref = 0;
            double measured = 0;
            int n = 0;
            int ranked = 0;
            for (Row r : rows) {
                if (r.target().table() == t && !Double.isNaN(r.now().kendall()) && !Double.isNaN(r.reconstruction().kendall())) {
                    now += r.now().kendall();
                    ref += r.reconstruction().kendall();
                    measured += r.measured() == null ? Double.NaN : r.measured().kendall();
                    n++;
                    ranked = Math.max(ranked, r.now().n());
                }
            }
            if (n > 0) {
                out.add(new HeldOut(t, t == tunedOn.get(), n, ranked, now / n, ref / n, measured / n));
            }
        }
        heldOut.setAll(out);
    }

    // ---- the controls ------------------------------------------------------------------------

    public void setChannels(int c) {
        setting.set(setting.get().withChannels(Math.max(1, Math.min(1024, c))));
    }

    public void setFlow(boolean flow) {
        setting.set(setting.get().withFlow(flow));
    }

    public void setDelta(Op op, double delta) {
        setting.set(setting.get().withDelta(op, delta));
    }

    public void resetDelta(Op op) {
        setting.set(setting.get().withoutDelta(op));
    }

    /** Back to the reconstruction's Δ table (C and aggregation stay). */
    public void resetDeltas() {
        setting.set(setting.get().withoutDeltas());
    }

    /** The ops of the Δ table: every real op of the loaded tables' spaces. */
    public List<Op> ops() {
        ProxyLab l = lab.get();
        return l == null ? List.of() : List.copyOf(l.ops());
    }

    /**
     * Takes the text typed into the Δ table for an op: empty resets it, a number within a model file's bound sets it,
     * anything else is refused with a message.
     *
     * @return whether the setting took it (false: the table should show the value it had)
     */
    public boolean editDelta(Op op, String text) {
        String t = text == null ? "" : text.trim().replace('−', '-');
        if (t.isEmpty()) {
            resetDelta(op);
            return true;
        }
        try {
            double d = Double.parseDouble(t);
            if (Math.abs(d) <= ModelFile.MAX_ABS_DELTA) {
                setDelta(op, d);
                return true;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        notifier.warn("Δ of " + op.name() + " must be a number from " + (int) -ModelFile.MAX_ABS_DELTA + " to "
                + (int) ModelFile.MAX_ABS_DELTA + " (a model file's bound), not " + Quote.quoted(text) + " (empty resets it)");
        return false;
    }

    /** Told the spec of a model saved from the lab, so the app can offer it wherever a model is chosen. */
    public void setOnSaved(Consumer<ModelSpec> action) {
        onSaved = action;
    }

    public void saveChosen() {
        dialogs.saveFile("Save model", FileKind.MODEL, null, FileKind.MODEL.suggest(nameProperty().get())).ifPresent(this::save);
    }

    public void openChosen() {
        dialogs.openFile("Open model into the lab", FileKind.MODEL, null).ifPresent(this::open);
    }

    /** Writes the setting as a model file (custom:&lt;name&gt;) and offers it to the app; a bad name or file is said. */
    public boolean save(Path file) {
        try {
            ModelSpec spec = setting.get().named(name.get().trim());
            ModelFile.save(spec, file);
            notifier.info("Saved custom:" + spec.name() + " to " + file.getFileName());
            onSaved.accept(spec);
            return true;
        } catch (SedException | IllegalArgumentException e) {
            notifier.warn("Not saved: " + e.getMessage());
            return false;
        }
    }

    /** Takes a saved model's setting into the lab; a malformed file is explained in a dialog and nothing changes. */
    public boolean open(Path file) {
        try {
            ModelSpec spec = ModelFile.readFile(file);
            name.set(spec.name());
            setting.set(spec);
            notifier.info("Opened " + file.getFileName() + " (custom:" + spec.name() + ")");
            return true;
        } catch (SedException e) {
            notifier.error("Cannot open the model file " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    public ObjectProperty<ModelSpec> settingProperty() {
        return setting;
    }

    public ReadOnlyObjectProperty<ProxyLab> labProperty() {
        return lab.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<HeldOut> heldOut() {
        return heldOut;
    }

    public ObjectProperty<BenchmarkTable> tunedOnProperty() {
        return tunedOn;
    }

    public ObservableList<BenchmarkTable> tables() {
        return tables;
    }

    /** τ[target][grid point] over {@link ProxyLab#channelGrid()}, the current Δ overrides and aggregation held fixed. */
    public ReadOnlyObjectProperty<double[][]> sensitivityProperty() {
        return sensitivity.getReadOnlyProperty();
    }

    /**
     * The setting the rows are for: while a slider is dragged it may trail {@link #settingProperty()} until the newest
     * setting's figures come (null while there are none). Set just before the rows change.
     */
    public ReadOnlyObjectProperty<ModelSpec> shownSettingProperty() {
        return shownSetting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Whether {@link #MEASURED} is compared beside the setting (off at first: seconds of work on a large table). */
    public BooleanProperty measuredProperty() {
        return measured;
    }

    /** True while {@link #MEASURED} scores the tables. */
    public ReadOnlyBooleanProperty measuredRunningProperty() {
        return measuredRunner.runningProperty();
    }

    /** That scoring's progress, 0 to 1, or −1 while it has said none. */
    public ReadOnlyDoubleProperty measuredProgressProperty() {
        return measuredRunner.progressProperty();
    }

    /** What {@link #MEASURED}'s figures are: "sed-local-mc: measured (Monte Carlo …), not the reconstruction". */
    public static String measuredNote() {
        return ModelCatalog.measuredNote(MEASURED);
    }
}

package io.github.sedexplorer.ui.lab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.MainWindow;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.StatusLine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import atlantafx.base.theme.PrimerLight;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A frame-time probe, not a test: drags the Lab's C slider with NB201 landscape and TransNAS micro loaded and prints
 * how long the FX thread is busy per frame. Its name does not end in Test, so {@code mvn verify} never runs it, and it
 * asserts nothing about time. Run it alone (headless, with the GUI tests' system properties from the pom):
 *
 * <pre>mvn -B -o test -Dtest=LabFrameProbe -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * (add {@code -Dsed.benchmarks=DIR} when the shared tables are not in ../shared/benchmarks; {@code -Dsed.probe.seconds=5}
 * sets the drag's length, {@code -Dsed.probe.control=c|flow} what is dragged). It runs in the test JVM, C1 only, so its times are if anything longer than the app's; for a
 * flight recording of the drag alone add {@code -Dsed.probe.jfr=/tmp/lab.jfr}.
 *
 * <p>How a long frame is caught. Every piece of work the FX thread does during the drag is timed where it runs:
 * <ul>
 * <li>each pointer move: a value is posted with {@code Platform.runLater} every 8 ms from a pacing thread, and the
 * {@code slider.setValue} call is timed on the FX thread, so every listener it fires synchronously (the view-model,
 * the controls, the plot) is inside the slice;</li>
 * <li>each result the lab's worker publishes: the lab runs on a {@link LatestWins} built exactly as
 * {@code LatestWins.onThread} builds it, but its FX executor wraps each published runnable in a timer;</li>
 * <li>each pulse's CSS and layout (where the plot repaints its canvas): from an {@link AnimationTimer} (which runs
 * first in a pulse) to the scene's post-layout pulse listener.</li>
 * </ul>
 * A frame is the span from one pulse's start to the next's; its FX time is the pulse's own work plus every slice that
 * ran inside the span, as wall time and as the FX thread's CPU time (on a shared machine the wall time also counts
 * the time the thread waited for a core; the CPU time does not). Independently, the gap between consecutive pulses is recorded: any FX-thread work not wrapped
 * above (a skin's own runLater, rendering sync) shows there as a gap longer than 16.7 ms. Lags: pointer → handled
 * (the thumb cannot move before its value is set), and value set → the figures showing τ for that C, painted
 * (the first pulse's end after the view-model's rows reflect the C; with {@code control=flow} C does not move and
 * this line means nothing). Last, the process's and the lab worker's CPU over the drag, in % of one core.
 */
@GuiTest
@Tag("probe")
class LabFrameProbe {

    private static final long MS = 1_000_000L;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Slices timed on the FX thread, in start order: {start, end, FX-thread CPU time} in ns. */
    private final ConcurrentLinkedQueue<long[]> slices = new ConcurrentLinkedQueue<>();
    private final List<long[]> pulses = new ArrayList<>(); // {start, end of layout, FX-thread CPU time}
    private long pulseStart;
    private long pulseCpu;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Runnable timed(Runnable r) {
        return () -> {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            try {
                r.run();
            } finally {
                slices.add(new long[] {t0, System.nanoTime(), CPU.getCurrentThreadCpuTime() - c0});
            }
        };
    }

    @Test
    void dragC(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"));
        Path nb201 = dir.resolve("nb201-nats-landscape.csv");
        Path tnb = dir.resolve("tnb101-micro-naslib.csv");
        assumeTrue(Files.isReadable(nb201) && Files.isReadable(tnb),
                "skipping the frame probe: " + nb201.toAbsolutePath() + " or " + tnb.getFileName() + " is absent (set -Dsed.benchmarks=DIR)");
        double seconds = Double.parseDouble(System.getProperty("sed.probe.seconds", "5"));
        String control = System.getProperty("sed.probe.control", "c");
        List<BenchmarkTable> loaded = List.of(TableReader.read(nb201), TableReader.read(tnb));

        FakeDialogs dialogs = new FakeDialogs();
        StatusLine status = new StatusLine(dialogs::error);
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "proxy-lab");
            t.setDaemon(true);
            return t;
        });
        worker.allowCoreThreadTimeOut(true);
        Executor fx = r -> Platform.runLater(timed(r));
        ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList();
        LabViewModel vm = new LabViewModel(tables, new LatestWins(worker, fx, status), status, dialogs);
        LabPane[] pane = new LabPane[1];
        robot.interact(() -> {
            // the app's theme and stylesheet: the CSS pass costs what it costs in the app
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            pane[0] = new LabPane(vm);
            Scene scene = new Scene(pane[0], 1400, 900);
            scene.getStylesheets().add(MainWindow.class.getResource("sed-explorer.css").toExternalForm());
            stage.setScene(scene);
            stage.setMaximized(false);
            stage.sizeToScene();
            stage.show();
            tables.addAll(loaded.get(0)); // as the workspace does: one table at a time, on the FX thread
            tables.add(loaded.get(1));
        });
        waitUntil(robot, () -> vm.sensitivityProperty().get() != null && !vm.busyProperty().get(), 60_000);
        Slider slider = (Slider) robot.lookup("#labChannels").query();
        Scene scene = stage.getScene();

        // lags: when each C was first set, and when the figures first showed it
        List<long[]> shown = new ArrayList<>(); // {C, time rows changed}
        vm.rows().addListener((ListChangeListener<LabViewModel.Row>) ch ->
                shown.add(new long[] {vm.shownSettingProperty().get().channels(), System.nanoTime()}));
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
                pulseCpu = CPU.getCurrentThreadCpuTime();
            }
        };
        Runnable postLayout = () -> {
            if (pulseStart != 0) {
                pulses.add(new long[] {pulseStart, System.nanoTime(), CPU.getCurrentThreadCpuTime() - pulseCpu});
            }
        };
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(postLayout);
            timer.start();
            started.countDown();
        });
        started.await();
        Thread.sleep(300);
        slices.clear();
        Platform.runLater(pulses::clear);

        String jfr = System.getProperty("sed.probe.jfr");
        Recording recording = null;
        if (jfr != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            recording.start();
        }

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process0 = os.getProcessCpuTime();
        long worker0 = workerCpu();

        // the drag: a value every 8 ms, min → max → min, as a pointer would
        List<long[]> moves = new ArrayList<>(); // {posted, handled start, C after}
        long step = 8 * MS;
        int n = (int) (seconds * 1000 / 8);
        long t0 = System.nanoTime();
        double min = slider.getMin();
        double max = slider.getMax();
        List<long[]> syncMoves = java.util.Collections.synchronizedList(moves);
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1) * 2;
            double frac = f <= 1 ? f : 2 - f;
            double v = min + frac * (max - min);
            long at = t0 + i * step;
            LockSupport.parkNanos(Math.max(0, at - System.nanoTime()));
            long posted = System.nanoTime();
            Platform.runLater(timed(() -> {
                long h = System.nanoTime();
                if ("flow".equals(control)) {
                    vm.setFlow((posted / (50 * MS)) % 2 == 0); // toggles at most every 50 ms
                } else {
                    slider.setValue(v);
                }
                syncMoves.add(new long[] {posted, h, vm.settingProperty().get().channels()});
            }));
        }
        long end = System.nanoTime();
        double processPercent = 100.0 * (os.getProcessCpuTime() - process0) / (end - t0);
        double workerPercent = 100.0 * (workerCpu() - worker0) / (end - t0);
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }
        waitUntil(robot, () -> !vm.busyProperty().get(), 60_000);
        Thread.sleep(300);
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            timer.stop();
            scene.removePostLayoutPulseListener(postLayout);
            stopped.countDown();
        });
        stopped.await();
        report(control, end - t0, new ArrayList<>(moves), new ArrayList<>(shown));
        System.out.printf(Locale.ROOT, "  CPU over the drag: process %.0f %% of a core, the lab's worker %.0f %%%n%n", processPercent,
                workerPercent);
    }

    private void report(String control, long dragNs, List<long[]> moves, List<long[]> shown) {
        List<long[]> ps = new ArrayList<>(pulses);
        List<long[]> sl = new ArrayList<>(slices);
        sl.sort((a, b) -> Long.compare(a[0], b[0]));
        // frame = [pulse i start, pulse i+1 start): pulse i's own work + the slices that started inside it
        double[] frame = new double[Math.max(0, ps.size() - 1)];
        double[] gap = new double[frame.length];
        double[] pulseWork = new double[frame.length];
        double[] frameCpu = new double[frame.length];
        int j = 0;
        for (int i = 0; i + 1 < ps.size(); i++) {
            long from = ps.get(i)[0];
            long to = ps.get(i + 1)[0];
            double busy = ps.get(i)[1] - from;
            double cpu = ps.get(i)[2];
            pulseWork[i] = busy / MS;
            while (j < sl.size() && sl.get(j)[0] < from) {
                j++;
            }
            int k = j;
            while (k < sl.size() && sl.get(k)[0] < to) {
                busy += sl.get(k)[1] - sl.get(k)[0];
                cpu += sl.get(k)[2];
                k++;
            }
            frame[i] = busy / MS;
            frameCpu[i] = cpu / MS;
            gap[i] = (to - from) / (double) MS;
        }
        double[] slice = sl.stream().mapToDouble(s -> (s[1] - s[0]) / (double) MS).toArray();
        double[] pointer = moves.stream().mapToDouble(m -> (m[1] - m[0]) / (double) MS).toArray();
        // value → shown: from when the setting last became that C (the move that set it, not a later one that kept
        // it), to the end of the first pulse after the figures for it came
        List<Double> lag = new ArrayList<>();
        for (long[] s : shown) {
            long firstSet = -1;
            for (int i = 0; i < moves.size() && moves.get(i)[1] <= s[1]; i++) {
                if (moves.get(i)[2] == s[0] && (i == 0 || moves.get(i - 1)[2] != s[0])) {
                    firstSet = moves.get(i)[1];
                }
            }
            long painted = ps.stream().filter(p -> p[0] >= s[1]).mapToLong(p -> p[1]).findFirst().orElse(-1);
            if (firstSet > 0 && painted > 0 && painted >= firstSet) {
                lag.add((painted - firstSet) / (double) MS);
            }
        }
        double[] lags = lag.stream().mapToDouble(Double::doubleValue).toArray();
        long distinct = moves.stream().mapToLong(m -> m[2]).distinct().count();
        System.out.printf(Locale.ROOT, "%nLAB FRAME PROBE (%s): %.1f s drag, %d moves (%d distinct C), %d frames, %d results shown%n",
                control, dragNs / 1e9, moves.size(), distinct, frame.length, shown.size());
        line("frame FX time (ms)", frame);
        line("frame FX CPU (ms)", frameCpu);
        line("pulse gap (ms)", gap);
        line("pulse CSS+layout (ms)", pulseWork);
        line("single slice (ms)", slice);
        line("pointer -> handled (ms)", pointer);
        line("C set -> shown (ms)", lags);
    }

    /** CPU time of the lab's worker thread so far (0 when it is not running). */
    private static long workerCpu() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("proxy-lab"))
                .mapToLong(t -> Math.max(0, CPU.getThreadCpuTime(t.getId()))).sum();
    }

    private static void line(String what, double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        long over = Arrays.stream(s).filter(x -> x > 16).count();
        System.out.printf(Locale.ROOT, "  %-24s n=%5d  p50 %7.2f  p99 %7.2f  max %7.2f  >16ms %d%n", what, s.length,
                pct(s, 0.50), pct(s, 0.99), s.length == 0 ? Double.NaN : s[s.length - 1], over);
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void waitUntil(FxRobot robot, java.util.function.BooleanSupplier done, long timeoutMs) throws Exception {
        long until = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < until) {
            boolean[] ok = new boolean[1];
            robot.interact(() -> ok[0] = done.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for the lab");
    }
}

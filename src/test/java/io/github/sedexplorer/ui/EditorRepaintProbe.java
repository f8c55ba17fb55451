package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.layout.RandomCells;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Selection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A probe, not a test: how long one editor edit takes as the user sees it, from the edit to the end of the pulse that
 * renders it, in the real window (the whole app, headless Monocle with the GUI tests' system properties) on the
 * 50-node free cell of EditScoreBenchmark. It makes a few hundred edits through the view-model the way keys and clicks
 * do (select an edge, set its op, move the selection with the arrow keys, draw an edge and delete it, undo), one at a
 * time, each after the last one's frame was rendered, and prints p50, p90, p99 and max per kind of edit and for all.
 *
 * <p>For each edit it takes four times on the FX thread: the edit's handler (the view-model's listeners: rescore, the
 * panel, the canvas marked stale), the wait for the next pulse (the pulse timer's, not the program's), the pulse's CSS
 * and layout (where the canvas rebuilds its shapes), and the rest of the pulse up to the end of its render (scene graph
 * synchronised, the software renderer's frame). <b>work</b> is handler + pulse + render, what has to fit in one
 * 16 ms frame; <b>latency</b> adds the wait for the pulse. On a shared machine those wall-clock times include waits for
 * a core, so it also prints <b>cpu work</b>: the CPU time the FX thread spent in the handler and the pulse and the
 * render thread on the frame.
 *
 * <p>Its name ends in neither Test nor Tests, so {@code mvn verify} leaves it out. Run it alone:
 * <pre>mvn -B -o test -Dtest=EditorRepaintProbe -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The test JVMs run C1 only (the pom's argLine), so its figures are an upper bound of the app's, which runs with C2.
 * {@code -Dsed.probe.edits=N} sets the number of measured edits (default 400, after 60 unmeasured).
 */
@GuiTest
@Tag("probe")
class EditorRepaintProbe {

    private SedExplorerApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SedExplorerApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }


    /** One edit as a key or click makes it. */
    private record Edit(String kind, Runnable action) {
    }

    /** The four times of one edit, in nanoseconds. */
    private static final class Times {
        long start;
        long handled;
        long pulse;
        long laidOut;
        long rendered;
        /** CPU time of the FX thread in the handler and the pulse, and of the render thread for the frame. */
        long cpuHandler;
        long cpuPulse;
        long cpuRender;
    }

    @Test
    void editScoreRepaint(FxRobot robot) throws Exception {
        Cell cell = RandomCells.fiftyNodeEditCell();
        EditorViewModel vm = app.window().viewModel();
        robot.interact(() -> vm.open(CellDocument.of(Architecture.of(cell)), null));
        robot.interact(() -> { });
        assertEquals(50, vm.cell(0).nodeCount());
        int measured = Integer.getInteger("sed.probe.edits", 400);
        int warm = 60;
        List<Edit> edits = edits(vm, warm + measured);
        Runnable waitForRender = renderWait();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long renderThread = Thread.getAllStackTraces().keySet().stream().filter(th -> th.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow().getId();
        Scene scene = stage.getScene();
        Map<String, List<Times>> byKind = new LinkedHashMap<>();
        for (int k = 0; k < edits.size(); k++) {
            Edit e = edits.get(k);
            Times t = new Times();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                Runnable[] pre = new Runnable[1];
                Runnable[] post = new Runnable[1];
                long[] cpuAt = new long[3];
                pre[0] = () -> {
                    t.pulse = System.nanoTime();
                    cpuAt[0] = cpu.getCurrentThreadCpuTime();
                    scene.removePreLayoutPulseListener(pre[0]);
                };
                post[0] = () -> {
                    t.laidOut = System.nanoTime();
                    scene.removePostLayoutPulseListener(post[0]);
                    cpuAt[1] = cpu.getThreadCpuTime(renderThread);
                    // runs after this pulse, which ends by handing its frame to the render thread
                    Platform.runLater(() -> {
                        t.cpuPulse = cpu.getCurrentThreadCpuTime() - cpuAt[0];
                        waitForRender.run();
                        t.rendered = System.nanoTime();
                        t.cpuRender = cpu.getThreadCpuTime(renderThread) - cpuAt[1];
                        done.countDown();
                    });
                };
                long cpu0 = cpu.getCurrentThreadCpuTime();
                t.start = System.nanoTime();
                e.action().run();
                t.handled = System.nanoTime();
                t.cpuHandler = cpu.getCurrentThreadCpuTime() - cpu0;
                scene.addPreLayoutPulseListener(pre[0]);
                scene.addPostLayoutPulseListener(post[0]);
                Platform.requestNextPulse();
            });
            assertTrue(done.await(30, TimeUnit.SECONDS), "edit " + k + " was rendered");
            if (k >= warm) {
                byKind.computeIfAbsent(e.kind(), x -> new ArrayList<>()).add(t);
            }
        }
        List<Times> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nEditorRepaintProbe: %d edits on a %d-node, %d-edge free cell (ms; work = handler + pulse + render)%n",
                all.size(), cell.nodeCount(), cell.edgeCount()));
        out.append(String.format(Locale.ROOT, "%-18s %5s  %-27s  %-13s  %-54s  %s%n", "", "n", "work p50/p90/p99/max",
                "handler p50/p99", "css+layout p50/p99 | render p50/p99 | latency p50/p99", "cpu work p50/p90/p99/max"));
        for (Map.Entry<String, List<Times>> k : byKind.entrySet()) {
            out.append(row(k.getKey(), k.getValue()));
        }
        out.append(row("all", all));
        System.out.println(out);
    }

    private static String row(String name, List<Times> ts) {
        double[] work = ts.stream().mapToDouble(t -> ms(t.handled - t.start + t.rendered - t.pulse)).toArray();
        double[] handler = ts.stream().mapToDouble(t -> ms(t.handled - t.start)).toArray();
        double[] layout = ts.stream().mapToDouble(t -> ms(t.laidOut - t.pulse)).toArray();
        double[] render = ts.stream().mapToDouble(t -> ms(t.rendered - t.laidOut)).toArray();
        double[] latency = ts.stream().mapToDouble(t -> ms(t.rendered - t.start)).toArray();
        double[] cpu = ts.stream().mapToDouble(t -> ms(t.cpuHandler + t.cpuPulse + t.cpuRender)).toArray();
        return String.format(Locale.ROOT,
                "%-18s %5d  %6.2f %6.2f %6.2f %6.2f  %6.2f %6.2f   %6.2f %6.2f | %6.2f %6.2f | %6.2f %6.2f    %6.2f %6.2f %6.2f %6.2f%n",
                name, ts.size(), p(work, 50), p(work, 90), p(work, 99), p(work, 100), p(handler, 50), p(handler, 99),
                p(layout, 50), p(layout, 99), p(render, 50), p(render, 99), p(latency, 50), p(latency, 99),
                p(cpu, 50), p(cpu, 90), p(cpu, 99), p(cpu, 100));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The nearest-rank percentile. */
    private static double p(double[] xs, double pct) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(pct / 100 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    /**
     * Rounds of edits on the cell: click an edge (selection), a number key (its op), the arrow key (the next element),
     * every third round undo, every fifth a drag from a port that draws a new edge and Delete that removes it.
     */
    private static List<Edit> edits(EditorViewModel vm, int count) {
        List<Edit> out = new ArrayList<>();
        Op[] ops = {Op.AVG_POOL_3X3, Op.CONV_1X1, Op.SKIP, Op.CONV_3X3, Op.MAX_POOL_3X3};
        for (int round = 0; out.size() < count; round++) {
            int from = (round * 7) % 48;
            int to = from + 1;
            Op op = ops[round % ops.length];
            out.add(new Edit("select edge", () -> vm.selectionProperty().set(Selection.edge(0, from, to))));
            out.add(new Edit("set op", () -> vm.applyOp(op)));
            out.add(new Edit("arrow key", () -> vm.moveSelection(0, 1)));
            if (round % 3 == 2) {
                out.add(new Edit("undo", vm::undo));
            }
            if (round % 5 == 4) {
                int a = (round * 3) % 40;
                out.add(new Edit("add edge", () -> {
                    int b = a + 6; // six apart: the cell has no such edge
                    vm.drawEdge(0, a, b);
                }));
                out.add(new Edit("delete edge", vm::deleteSelection));
            }
        }
        return out.subList(0, count);
    }

    /** Quantum's wait for the render thread to finish the frames handed to it (the toolkit's own, by reflection). */
    private static Runnable renderWait() throws ReflectiveOperationException {
        Class<?> c = Class.forName("com.sun.javafx.tk.quantum.PaintCollector");
        Method instance = c.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        Object collector = instance.invoke(null);
        Method wait = c.getDeclaredMethod("waitForRenderingToComplete");
        wait.setAccessible(true);
        return () -> {
            try {
                wait.invoke(collector);
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException(x);
            }
        };
    }
}

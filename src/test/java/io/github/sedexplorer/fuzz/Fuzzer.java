package io.github.sedexplorer.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loop every path runs: exactly {@link FuzzConfig#inputs()} inputs, input {@code i} made from its own seed
 * (derived from the base seed, the path and {@code i}), each checked; every failure is kept (the run does not
 * stop at the first), grouped by {@link Violation#kind()}, the first input of each kind shrunk, and the whole
 * recorded in {@link FuzzReport}. The test fails at the end, listing each kind with the flags that replay it.
 */
final class Fuzzer {

    /** Makes input {@code number} of a path from its random (low numbers may be fixed edge cases). */
    interface Generator {
        FuzzInput make(SplittableRandom random, int number);
    }

    /** Checks one input; throws {@link Violation} when an assertion breaks. */
    interface Check {
        void check(FuzzInput input) throws Exception;
    }

    /** One kind of failure: how often, and the first input that showed it. */
    static final class Group {
        final String kind;
        long count;
        final int number;
        final String detail;
        final FuzzInput first;
        FuzzInput shrunk;

        Group(String kind, int number, String detail, FuzzInput first) {
            this.kind = kind;
            this.number = number;
            this.detail = detail;
            this.first = first;
        }
    }

    /** Inputs whose {@link FuzzInput#how()} starts with this are valid, so must be read: never shrunk. */
    static final String VALID = "valid";

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time the worker spent in checks, for the summary. */
    private static final java.util.concurrent.atomic.AtomicLong CPU_NANOS = new java.util.concurrent.atomic.AtomicLong();
    private static ExecutorService worker;
    private static volatile Thread workerThread;

    private Fuzzer() {
    }

    static long caseSeed(long base, String path, int number) {
        long h = base ^ 0x9E3779B97F4A7C15L * (path.hashCode() + 0x632BE59BD9B4E019L);
        return mix(h + 0xBF58476D1CE4E5B9L * (number + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static FuzzInput make(Generator g, String path, int number) {
        return g.make(new SplittableRandom(caseSeed(FuzzConfig.seed(), path, number)), number);
    }

    static void run(String path, Generator generator, Check check) {
        run(path, 1, generator, check);
    }

    /** Runs {@code weight} × {@link FuzzConfig#inputs()} inputs. */
    static void run(String path, int weight, Generator generator, Check check) {
        String replay = FuzzConfig.replayPath();
        if (replay != null) {
            if (replay.equals(path)) {
                replay(path, generator, check, FuzzConfig.replayNumber());
            }
            return;
        }
        int n = FuzzConfig.inputs(weight);
        long seed = FuzzConfig.seed();
        Map<String, Group> groups = new LinkedHashMap<>();
        long start = System.nanoTime();
        long cpuStart = CPU_NANOS.get();
        long bytes = 0;
        List<String> slowest = new ArrayList<>();
        long[] slowMs = new long[3];
        for (int i = 0; i < n; i++) {
            FuzzInput in = make(generator, path, i);
            bytes += in.size();
            long t0 = System.nanoTime();
            Violation v = attempt(path, i, check, in);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (int k = 0; k < slowMs.length; k++) {
                if (ms > slowMs[k]) {
                    System.arraycopy(slowMs, k, slowMs, k + 1, slowMs.length - k - 1);
                    slowMs[k] = ms;
                    slowest.add(k, "#" + i + " " + ms + " ms (" + in.how() + ")");
                    if (slowest.size() > slowMs.length) {
                        slowest.remove(slowest.size() - 1);
                    }
                    break;
                }
            }
            if (v != null) {
                Group g = groups.get(v.kind());
                if (g == null) {
                    g = new Group(v.kind(), i, v.detail(), in);
                    groups.put(v.kind(), g);
                }
                g.count++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (CPU_NANOS.get() - cpuStart) / 1_000_000;
        for (Group g : groups.values()) {
            g.shrunk = shrink(path, check, g.first, g.kind);
        }
        FuzzReport.record(path, n, millis, cpuMillis, bytes, new ArrayList<>(groups.values()), slowest);
        if (!groups.isEmpty()) {
            fail(describe(path, n, seed, groups.values()));
        }
    }

    private static void replay(String path, Generator generator, Check check, int number) {
        FuzzInput in = make(generator, path, number);
        System.out.println("fuzz replay " + path + "#" + number + " (seed " + FuzzConfig.hex(FuzzConfig.seed()) + "): " + in.how());
        in.parts().forEach((name, p) -> System.out.println("  " + name + " (" + p.length() + (p.isText() ? " chars" : " bytes")
                + "): " + Render.part(p, 4000)));
        if (!in.args().isEmpty()) {
            System.out.println("  args: " + in.args());
        }
        Violation v = attempt(path, number, check, in);
        FuzzReport.record(path, 1, 0, 0, in.size(), v == null ? List.of() : List.of(new Group(v.kind(), number, v.detail(), in)), List.of());
        if (v != null) {
            if (v.getCause() != null) {
                v.getCause().printStackTrace(System.out);
            }
            fail(v.kind() + ": " + v.detail());
        }
    }

    /**
     * Runs one check on the worker thread; returns the violation, or null when every assertion held. An input
     * that runs past {@link FuzzConfig#hangMillis()} is a failure too: the worker is stopped (the only way to end a
     * runaway regular expression or loop in the code under test) and a new one takes over.
     */
    static Violation attempt(String path, int number, Check check, FuzzInput in) {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-worker");
                t.setDaemon(true);
                workerThread = t;
                return t;
            });
        }
        Future<Violation> result = worker.submit(() -> attemptHere(check, in));
        try {
            return result.get(FuzzConfig.hangMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Thread stuck = workerThread;
            StackTraceElement[] stack = stuck.getStackTrace();
            stop(stuck);
            worker.shutdownNow();
            worker = null;
            return new Violation("hang: one input ran over " + FuzzConfig.hangMillis() / 1000 + " s (in " + Checks.frame(stack) + ")",
                    path + "#" + number + ", " + in.size() + " chars/bytes; stuck at " + Checks.frameWithLine(stack));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the fuzz worker failed", e.getCause());
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        t.stop();
    }

    private static Violation attemptHere(Check check, FuzzInput in) {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        try {
            check.check(in);
        } catch (Violation v) {
            return v;
        } catch (OutOfMemoryError e) {
            return new Violation("OutOfMemoryError in the fuzz check (at " + Checks.frame(e) + ")", String.valueOf(e.getMessage()), e);
        } catch (Throwable t) {
            return new Violation("unwrapped " + t.getClass().getName() + " (at " + Checks.frame(t) + ")",
                    String.valueOf(t.getMessage()) + " [at " + Checks.frameWithLine(t) + "]", t);
        } finally {
            CPU_NANOS.addAndGet(CPU.getCurrentThreadCpuTime() - cpu0);
        }
        // the checking thread's CPU time, not the wall clock: another program busy on the machine cannot make an input
        // slow (the check runs on this thread alone; a hang that uses no CPU is attempt's wall-clock timeout)
        long ms = (CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        if (ms > FuzzConfig.slowMillis()) {
            return new Violation("slow: one input took over " + FuzzConfig.slowMillis() / 1000 + " s of CPU",
                    ms + " ms for " + in.size() + " chars/bytes");
        }
        // seconds for a small input: something superlinear (a backtracking regular expression ...), not size
        if (ms > 3_000 && in.size() < 10 * ms) {
            return new Violation("slow: over 3 s of CPU at under 10 characters per ms", ms + " ms for " + in.size() + " chars/bytes");
        }
        return null;
    }

    /**
     * Removes chunks of each part (halves, quarters, ... single characters) while the input still fails the same
     * way, within {@link FuzzConfig#shrinkMillis()}.
     */
    static FuzzInput shrink(String path, Check check, FuzzInput in, String kind) {
        if (in.how().startsWith(VALID) || kind.startsWith("slow") || kind.startsWith("hang")) {
            return null; // a valid input must be read whole; a slow one would take the shrinker's whole budget per try
        }
        long deadline = System.currentTimeMillis() + FuzzConfig.shrinkMillis();
        FuzzInput best = in;
        for (String name : in.parts().keySet()) {
            FuzzInput.Part p = best.part(name);
            for (int chunk = Math.max(1, p.length() / 2); chunk >= 1 && System.currentTimeMillis() < deadline; chunk /= 2) {
                int i = 0;
                while (i < best.part(name).length() && System.currentTimeMillis() < deadline) {
                    FuzzInput.Part cur = best.part(name);
                    int to = Math.min(cur.length(), i + chunk);
                    FuzzInput candidate = best.with(name, cur.cut(i, to));
                    Violation v = attempt(path, -1, check, candidate);
                    if (v != null && v.kind().equals(kind)) {
                        best = candidate;
                    } else {
                        i += chunk;
                    }
                }
                if (chunk == 1) {
                    break;
                }
            }
        }
        return best;
    }

    static String describe(String path, int n, long seed, Iterable<Group> groups) {
        StringBuilder sb = new StringBuilder();
        int kinds = 0;
        long failures = 0;
        for (Group g : groups) {
            kinds++;
            failures += g.count;
        }
        sb.append(String.format(Locale.ROOT, "%s: %,d of %,d inputs failed, %d distinct kind%s (seed %s)%n", path, failures, n,
                kinds, kinds == 1 ? "" : "s", FuzzConfig.hex(seed)));
        for (Group g : groups) {
            sb.append(groupText(path, seed, g, "  "));
        }
        return sb.toString();
    }

    static String groupText(String path, long seed, Group g, String indent) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s- %s%n%s    %,d input%s; first #%d (%s); replay: -Dsed.fuzz.seed=%s -Dsed.fuzz.replay=%s#%d%n",
                indent, g.kind, indent, g.count, g.count == 1 ? "" : "s", g.number, g.first.how(), FuzzConfig.hex(seed), path, g.number));
        sb.append(indent).append("    detail: ").append(Render.text(g.detail, 400)).append(System.lineSeparator());
        FuzzInput shown = g.shrunk == null ? g.first : g.shrunk;
        shown.parts().forEach((name, p) -> sb.append(indent).append("    ").append(g.shrunk == null ? "input " : "shrunk ")
                .append(name).append(" (").append(p.length()).append(p.isText() ? " chars" : " bytes").append("): ")
                .append(Render.part(p, 500)).append(System.lineSeparator()));
        if (!shown.args().isEmpty()) {
            sb.append(indent).append("    args: ").append(shown.args()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}

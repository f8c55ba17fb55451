package io.github.sedexplorer.log;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where start-up time goes: with {@code -Dsed.startup.trace=true} each phase prints the milliseconds
 * since the JVM started to standard error ("startup 412 ms: main window built"). Off by default.
 * {@code -Dsed.startup.exit=true} quits once the first frame is drawn: a start-up to time or to train on.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("sed.startup.trace");
    private static final boolean EXIT = Boolean.getBoolean("sed.startup.exit");
    private static final Set<String> ONCE = ConcurrentHashMap.newKeySet();

    private StartupTrace() {
    }

    /** Whether the app quits after its first frame ({@code packaging/cds/train.sh}, start-up timing). */
    public static boolean exitAfterFirstFrame() {
        return EXIT;
    }

    /** A phase that may recur (a chart's paint): only its first time is printed. */
    public static void markOnce(String phase) {
        if (ON && ONCE.add(phase)) {
            mark(phase);
        }
    }

    public static void mark(String phase) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // the thread's own CPU time as well: on a busy machine it moves far less than the wall clock
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println(String.format(Locale.ROOT, "startup %5d ms: %s (%s: %d ms CPU)", since, phase,
                    Thread.currentThread().getName(), cpu));
        }
    }
}

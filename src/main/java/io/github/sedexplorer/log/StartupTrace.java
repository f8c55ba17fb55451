package io.github.sedexplorer.log;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Where start-up time goes: with {@code -Dsed.startup.trace=true} each phase prints the milliseconds
 * since the JVM started to standard error ("startup 412 ms: main window built"). Off by default.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("sed.startup.trace");

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println(String.format(Locale.ROOT, "startup %5d ms: %s", since, phase));
        }
    }
}

package io.github.sedexplorer.fuzz;

import java.util.Locale;

/**
 * The suite's knobs, all system properties, so a failure reproduces from the command line:
 * <ul>
 *   <li>{@code sed.fuzz.inputs} — inputs per path (default {@value #DEFAULT_INPUTS}: the short run of
 *       {@code mvn -B verify}; the {@code fuzz} profile sets 3,200). The four score-line paths, whose inputs cost
 *       a fraction of a millisecond, run 5 times as many, the import-dialog path twice as many: 33 × this in all
 *       (2,640 by default, 105,600 in the profile);</li>
 *   <li>{@code sed.fuzz.seed} — the base seed (decimal or 0x-hex; default {@value #DEFAULT_SEED}); every input's own
 *       seed derives from it, the path and the input's number;</li>
 *   <li>{@code sed.fuzz.replay} — {@code path#number} (as a failure prints it, with the seed): run only that input
 *       and print it;</li>
 *   <li>{@code sed.fuzz.shrinkMillis} — time the shrinker may spend on each distinct failure (default 1500);</li>
 *   <li>{@code sed.fuzz.slowMillis} — one input taking longer than this, in CPU time of the thread that checks it, is
 *       a failure (default 8000);</li>
 *   <li>{@code sed.fuzz.hangMillis} — one input still running after this is stopped, a failure (default 15000);</li>
 *   <li>{@code sed.fuzz.report} — where the summary is also written (default {@code target/fuzz-report.txt}).</li>
 * </ul>
 */
final class FuzzConfig {

    static final int DEFAULT_INPUTS = 80;
    static final long DEFAULT_SEED = 12L;

    private FuzzConfig() {
    }

    static int inputs() {
        return Integer.parseInt(System.getProperty("sed.fuzz.inputs", String.valueOf(DEFAULT_INPUTS)).strip());
    }

    /** Inputs of a path of the given weight (1 for most; more for paths whose inputs are cheap). */
    static int inputs(int weight) {
        return Math.multiplyExact(inputs(), weight);
    }

    static long seed() {
        return parseLong(System.getProperty("sed.fuzz.seed", String.valueOf(DEFAULT_SEED)));
    }

    /** The replayed path, or null when the whole suite runs. */
    static String replayPath() {
        String r = System.getProperty("sed.fuzz.replay");
        return r == null || r.isBlank() ? null : r.substring(0, r.lastIndexOf('#')).strip();
    }

    static int replayNumber() {
        String r = System.getProperty("sed.fuzz.replay");
        return Integer.parseInt(r.substring(r.lastIndexOf('#') + 1).strip());
    }

    static long shrinkMillis() {
        return Long.parseLong(System.getProperty("sed.fuzz.shrinkMillis", "1500").strip());
    }

    static long slowMillis() {
        return Long.parseLong(System.getProperty("sed.fuzz.slowMillis", "8000").strip());
    }

    static long hangMillis() {
        return Long.parseLong(System.getProperty("sed.fuzz.hangMillis", "15000").strip());
    }

    static String reportFile() {
        return System.getProperty("sed.fuzz.report", "target/fuzz-report.txt");
    }

    static long parseLong(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}

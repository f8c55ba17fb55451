package io.github.sedexplorer.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noise ceiling: when a table holds repeated runs of one target ({@code test_acc_run1},
 * {@code test_acc_run2}, ...), how well run 1 ranks run 2. No proxy can be expected to beat it.
 */
public final class Ceiling {

    /** A target measured more than once: its name and the columns of its runs, in run order. */
    public record Repeats(String target, List<String> runs) {
    }

    /** The proxy name of the ceiling's comparison row. */
    public static final String PROXY = "ceiling";

    private static final Pattern RUN = Pattern.compile("(?i)(.*?)[_ ]?(run|seed|rep)[_ ]?(\\d+)");

    private Ceiling() {
    }

    /** The groups of repeated-run columns in a table. */
    public static List<Repeats> repeats(BenchmarkTable table) {
        Map<String, Map<BigInteger, String>> groups = new LinkedHashMap<>();
        for (String m : table.metricNames()) {
            Matcher r = RUN.matcher(m);
            if (r.matches()) {
                groups.computeIfAbsent(r.group(1), k -> new TreeMap<>()).put(new BigInteger(r.group(3)), m);
            }
        }
        List<Repeats> out = new ArrayList<>();
        groups.forEach((target, runs) -> {
            if (runs.size() >= 2) {
                out.add(new Repeats(target, List.copyOf(runs.values())));
            }
        });
        return out;
    }

    /** Whether a comparison row is the ceiling rather than a proxy. */
    public static boolean is(ProxyComparison.Result r) {
        return PROXY.equals(r.proxy());
    }

    /**
     * The rows the ceiling is computed on: where both of the first repeated target's first two runs have a value; empty
     * when the table repeats no target.
     */
    public static Optional<boolean[]> rows(BenchmarkTable table) {
        List<Repeats> r = repeats(table);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        double[] a = table.metric(r.get(0).runs().get(0));
        double[] b = table.metric(r.get(0).runs().get(1));
        boolean[] in = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            in[i] = !Double.isNaN(a[i]) && Double.isFinite(b[i]); // the rows CorrelationStats uses of run 1 against run 2
        }
        return Optional.of(in);
    }

    /**
     * A proxy's statistics against a target on the ceiling's rows only ({@link #rows}): the figure its share of the
     * ceiling is taken of, since a τ on 15,625 rows and a ceiling on 13,400 measure different cells. Empty when the
     * table repeats no target.
     *
     * @param x the proxy's score per row
     * @param y the target per row
     */
    public static Optional<Correlation> onCeilingRows(BenchmarkTable table, double[] x, double[] y, double topKPercent) {
        return rows(table).map(in -> {
            int n = 0;
            for (boolean b : in) {
                n += b ? 1 : 0;
            }
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0, k = 0; i < in.length; i++) {
                if (in[i]) {
                    xs[k] = x[i];
                    ys[k++] = y[i];
                }
            }
            return CorrelationStats.of(xs, ys, topKPercent);
        });
    }

    /** Run 1 against run 2 of the first repeated target, on the rows where both exist. */
    public static Optional<ProxyComparison.Result> of(BenchmarkTable table, double topKPercent) {
        List<Repeats> r = repeats(table);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Repeats first = r.get(0);
        Correlation c = CorrelationStats.of(table.metric(first.runs().get(0)), table.metric(first.runs().get(1)), topKPercent);
        return Optional.of(new ProxyComparison.Result(PROXY, first.target() + " (" + first.runs().get(0) + " vs "
                + first.runs().get(1) + ")", c));
    }
}

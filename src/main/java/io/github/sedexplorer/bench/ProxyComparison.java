package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Every (proxy, target) pair of a table with its rank statistics: "how well does each proxy rank these cells?" */
public final class ProxyComparison {

    /** One line of the comparison. */
    public record Result(String proxy, String target, Correlation stats) {
    }

    private static final Pattern ACCURACY = Pattern.compile("(?i).*(acc|accuracy|top-?1).*");

    private ProxyComparison() {
    }

    /** A validation or test metric by name, for tables whose targets are not called accuracies (TransNAS tasks). */
    private static final Pattern VALIDATION = Pattern.compile("(?i).*([_.](val|valid|test)|^(val|valid|test)[_.].*)");

    /**
     * The table's targets: columns that look like accuracies (acc / accuracy / top1); failing those,
     * validation or test metrics ({@code class_scene_val}, {@code room_layout_val}, ...).
     */
    public static List<String> accuracyColumns(BenchmarkTable table) {
        List<String> acc = table.metricNames().stream().filter(n -> ACCURACY.matcher(n).matches()).toList();
        return !acc.isEmpty() ? acc : table.metricNames().stream().filter(n -> VALIDATION.matcher(n).matches()).toList();
    }

    private static final Pattern ROW_ID = Pattern.compile("(?i)(.*[_ .])?(index|idx|id|row)");
    /** Bookkeeping columns: how many runs or seeds a row averages (nb201-cifar10-test-per-seed's n_runs). */
    private static final Pattern RUN_COUNT = Pattern.compile("(?i)(n|num)[_ ]?(runs|seeds|reps)");

    /**
     * Every numeric column that is not a target, as a proxy: other proxies' scores, params, flops ...
     * Row identifiers ({@code arch_index}, {@code src_index}, {@code idx}) and run counts ({@code n_runs}) are numbers
     * but rank nothing: left out.
     */
    public static List<Proxy> columnProxies(BenchmarkTable table, List<String> targets) {
        return table.metricNames().stream()
                .filter(n -> !targets.contains(n) && !ROW_ID.matcher(n).matches() && !RUN_COUNT.matcher(n).matches())
                .map(Proxy::column).toList();
    }

    /** Which rows each (proxy, target) pair is computed on. */
    public enum Rows {
        /** Per target, only the rows where the target is finite and every proxy has a value: all proxies on the same cells. */
        SHARED,
        /** Each proxy on every row where it and the target have a value: proxies may be ranked on different cells. */
        OWN
    }

    /**
     * The rows a target's comparison uses under {@link Rows#SHARED}.
     *
     * @param target     the target column
     * @param rows       the table's rows
     * @param withTarget rows whose target is finite
     * @param shared     rows whose target is finite and where every proxy has a value: the n of each pair
     * @param lacking    per proxy (in the given order), how many rows with a finite target it has no value on
     *                   (NaN; a disconnected cell's −∞ is a value)
     */
    public record RowsUsed(String target, int rows, int withTarget, int shared, Map<String, Integer> lacking) {

        public RowsUsed {
            lacking = Collections.unmodifiableMap(new LinkedHashMap<>(lacking));
        }

        /** E.g. "n = 3,927 rows where every proxy has a value; 169 rows lack class_scene_zen". */
        public String caption() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "n = %,d rows where every proxy has a value", shared));
            Map<Integer, List<String>> byCount = new TreeMap<>(Comparator.reverseOrder());
            lacking.forEach((proxy, count) -> {
                if (count > 0) {
                    byCount.computeIfAbsent(count, k -> new ArrayList<>()).add(proxy);
                }
            });
            if (byCount.isEmpty() && withTarget == rows) {
                sb.append(" (every row)");
            }
            byCount.forEach((count, proxies) -> sb.append(String.format(Locale.ROOT, "; %,d row%s %s%s", count,
                    count == 1 ? "" : "s", count == 1 ? "lacks " : "lack ",
                    (proxies.size() == 1 ? "" : "each of ") + Names.list(proxies))));
            if (withTarget < rows) {
                int none = rows - withTarget;
                sb.append(String.format(Locale.ROOT, "; %,d row%s no finite %s", none, none == 1 ? " has" : "s have", Quote.token(target)));
            }
            return sb.toString();
        }
    }

    /** Each proxy against each target on its own rows ({@link Rows#OWN}), as before shared rows existed. */
    public static List<Result> compare(BenchmarkTable table, List<Proxy> proxies, List<String> targets, double topKPercent) {
        return compare(table, proxies, targets, topKPercent, Rows.OWN);
    }

    /**
     * Every (proxy, target) pair, in proxy order then target order. With {@link Rows#SHARED} a row counts for a
     * target only when every proxy has a value there, so the proxies' figures compare like with like; the other
     * rows' scores are set to NaN, so each pair's n and skipped say how many rows it used.
     */
    public static List<Result> compare(BenchmarkTable table, List<Proxy> proxies, List<String> targets, double topKPercent,
                                       Rows rows) {
        if (targets.isEmpty()) {
            throw new SedException("no target: name one of " + Names.list(table.metricNames()));
        }
        List<double[]> targetValues = new ArrayList<>();
        for (String t : targets) {
            targetValues.add(table.metric(t));
        }
        List<double[]> scores = scores(table, proxies);
        boolean[] allProxies = rows == Rows.SHARED ? everyProxy(table.rows(), scores) : null;
        List<Result> results = new ArrayList<>();
        for (int p = 0; p < proxies.size(); p++) {
            double[] s = allProxies == null ? scores.get(p) : Arrays.copyOf(scores.get(p), table.rows());
            for (int r = 0; allProxies != null && r < s.length; r++) {
                if (!allProxies[r]) {
                    s[r] = Double.NaN;
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                results.add(new Result(proxies.get(p).name(), targets.get(i), CorrelationStats.of(s, targetValues.get(i), topKPercent)));
            }
        }
        return results;
    }

    /** Per target (in order), the rows {@link Rows#SHARED} uses and, per proxy, the rows it lacks. */
    public static List<RowsUsed> sharedRows(BenchmarkTable table, List<Proxy> proxies, List<String> targets) {
        List<double[]> scores = scores(table, proxies);
        boolean[] allProxies = everyProxy(table.rows(), scores);
        List<RowsUsed> out = new ArrayList<>();
        for (String t : targets) {
            double[] target = table.metric(t);
            int withTarget = 0;
            int shared = 0;
            int[] lacking = new int[proxies.size()];
            for (int r = 0; r < target.length; r++) {
                if (Double.isFinite(target[r])) {
                    withTarget++;
                    shared += allProxies[r] ? 1 : 0;
                    for (int p = 0; p < lacking.length; p++) {
                        lacking[p] += Double.isNaN(scores.get(p)[r]) ? 1 : 0;
                    }
                }
            }
            Map<String, Integer> byProxy = new LinkedHashMap<>();
            for (int p = 0; p < lacking.length; p++) {
                byProxy.merge(proxies.get(p).name(), lacking[p], Math::max);
            }
            out.add(new RowsUsed(t, target.length, withTarget, shared, byProxy));
        }
        return out;
    }

    private static List<double[]> scores(BenchmarkTable table, List<Proxy> proxies) {
        List<double[]> scores = new ArrayList<>();
        for (Proxy p : proxies) {
            scores.add(p.scores(table));
        }
        return scores;
    }

    /** Rows where no proxy is NaN (−∞, a disconnected cell, is a value). */
    private static boolean[] everyProxy(int rows, List<double[]> scores) {
        boolean[] all = new boolean[rows];
        Arrays.fill(all, true);
        for (double[] s : scores) {
            for (int r = 0; r < rows; r++) {
                all[r] &= !Double.isNaN(s[r]);
            }
        }
        return all;
    }
}

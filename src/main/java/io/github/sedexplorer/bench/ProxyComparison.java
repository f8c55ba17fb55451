package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SedException;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every numeric column that is not a target, as a proxy: other proxies' scores, params, flops ...
     * Row identifiers ({@code arch_index}, {@code src_index}, {@code idx}) are numbers but rank nothing: left out.
     */
    public static List<Proxy> columnProxies(BenchmarkTable table, List<String> targets) {
        return table.metricNames().stream()
                .filter(n -> !targets.contains(n) && !ROW_ID.matcher(n).matches())
                .map(Proxy::column).toList();
    }

    public static List<Result> compare(BenchmarkTable table, List<Proxy> proxies, List<String> targets, double topKPercent) {
        if (targets.isEmpty()) {
            throw new SedException("no target: name one of " + String.join(", ", table.metricNames()));
        }
        List<double[]> targetValues = new ArrayList<>();
        for (String t : targets) {
            targetValues.add(table.metric(t));
        }
        List<Result> results = new ArrayList<>();
        for (Proxy p : proxies) {
            double[] scores = p.scores(table);
            for (int i = 0; i < targets.size(); i++) {
                results.add(new Result(p.name(), targets.get(i), CorrelationStats.of(scores, targetValues.get(i), topKPercent)));
            }
        }
        return results;
    }
}

package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded benchmark table: one architecture per row (no two rows share one) and named numeric
 * columns ("metrics": accuracies, other proxies' scores, params ...). A missing value is NaN.
 */
public final class BenchmarkTable {

    private final String source;
    private final SearchSpace space;
    private final String archColumn;
    private final List<Architecture> architectures;
    private final List<String> archTexts;
    private final Map<String, double[]> metrics;
    private final LoadReport report;

    BenchmarkTable(String source, SearchSpace space, String archColumn, List<Architecture> architectures,
                   List<String> archTexts, Map<String, double[]> metrics, LoadReport report) {
        this.source = source;
        this.space = space;
        this.archColumn = archColumn;
        this.architectures = List.copyOf(architectures);
        this.archTexts = List.copyOf(archTexts);
        this.metrics = new LinkedHashMap<>(metrics);
        this.report = report;
    }

    /** Where the table came from (file name), for messages and titles. */
    public String source() {
        return source;
    }

    public SearchSpace space() {
        return space;
    }

    public String archColumn() {
        return archColumn;
    }

    public int rows() {
        return architectures.size();
    }

    public Architecture architecture(int row) {
        return architectures.get(row);
    }

    public List<Architecture> architectures() {
        return architectures;
    }

    /** The row's architecture as the file wrote it. */
    public String archText(int row) {
        return archTexts.get(row);
    }

    public List<String> metricNames() {
        return List.copyOf(metrics.keySet());
    }

    public boolean hasMetric(String name) {
        return metrics.containsKey(name);
    }

    /** A copy of one metric column (NaN where missing). */
    public double[] metric(String name) {
        double[] values = metrics.get(name);
        if (values == null) {
            throw new SedException("the table has no numeric column '" + name + "' (it has " + String.join(", ", metrics.keySet()) + ")");
        }
        return Arrays.copyOf(values, values.length);
    }

    public LoadReport report() {
        return report;
    }
}

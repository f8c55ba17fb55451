package io.github.sedexplorer.cli;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.SedModels;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code correlate}: how well proxies rank a benchmark table's architectures against its accuracies. */
@Command(name = "correlate", mixinStandardHelpOptions = true,
        description = {"Ranks a benchmark table's architectures by each proxy and compares with each target: "
                + "Kendall tau-b, Spearman rho, Pearson r, top-k precision.",
                "Proxies: sed-path, sed-flow (" + SedModels.PROVENANCE + ") or any numeric column. "
                        + "Disconnected cells rank below every connected cell, tied; rows without a finite target are skipped.",
                "The load report (rows kept, skipped and why) goes to stderr."})
final class CorrelateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--table", required = true, paramLabel = "FILE", description = "CSV/TSV with a header, or JSON")
    Path table;

    @Option(names = "--space", paramLabel = "SPACE", description = "nb201, transnas, nb101 or darts (default: detected)")
    String space;

    @Option(names = "--arch-column", paramLabel = "NAME", description = "the column holding architectures (default: detected)")
    String archColumn;

    @Option(names = "--target", paramLabel = "COL", description = "target column; repeatable (default: every column that looks like an accuracy)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--proxy", paramLabel = "PROXY", description = "sed-path, sed-flow, a saved model FILE.json, live-conv, params, a numeric column, or 'columns' for every numeric column that is not a target; "
                    + "repeatable (default: sed-path and sed-flow)")
    List<String> proxies = new ArrayList<>();

    @Option(names = "--channels", paramLabel = "N", description = "channel count C for the SED models (default: the space's)")
    Integer channels;

    @Option(names = "--top-k", paramLabel = "PERCENT", defaultValue = "10", description = "k of top-k precision, in percent (default 10)")
    double topK;

    @Option(names = "--json", description = "print a JSON array of {proxy, target, n, kendall, spearman, pearson, topk}")
    boolean json;

    @Override
    public Integer call() {
        if (!(topK > 0 && topK <= 100)) {
            throw new SedException("--top-k: a percentage in (0, 100], not " + topK);
        }
        SearchSpace forced = space == null ? null : Options.space(space);
        BenchmarkTable t = TableReader.read(table, new ReadOptions(forced, archColumn), (done, total) -> { });
        int c = Options.channels(channels, t.space());
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "%s: %s, architectures in '%s', C = %d%n%s%n", t.source(), t.space().displayName(),
                t.archColumn(), c, t.report().summary());
        List<String> ts = targets.isEmpty() ? ProxyComparison.accuracyColumns(t) : targets;
        if (ts.isEmpty()) {
            throw new SedException("no column looks like an accuracy; name targets with --target (numeric columns: "
                    + String.join(", ", t.metricNames()) + ")");
        }
        for (String target : ts) {
            if (!t.hasMetric(target)) {
                throw new SedException("--target: the table has no numeric column '" + target + "' ("
                        + String.join(", ", t.metricNames()) + ")");
            }
        }
        List<Proxy> ps = new ArrayList<>();
        for (String p : proxies.isEmpty() ? SedModels.ids() : proxies) {
            if (SedModels.ids().contains(p)) {
                ps.add(Proxy.sed(SedModels.create(p, c)));
            } else if (t.hasMetric(p)) {
                ps.add(Proxy.column(p)); // a table's own column wins over a built-in of the same name (params)
            } else if (io.github.sedexplorer.sed.ModelFile.looksLikeFile(p)) {
                ps.add(Proxy.sed(SedModels.create(p, c))); // a saved custom model, labelled custom:<name>
            } else if (p.equals(io.github.sedexplorer.sed.LiveConv.ID)) {
                ps.add(Proxy.liveConv());
            } else if (p.equals("params")) {
                ps.add(Proxy.params(c));
            } else if (p.equals("columns")) {
                ps.addAll(ProxyComparison.columnProxies(t, ts));
            } else {
                throw new SedException("--proxy: '" + p + "' is neither a SED model (" + String.join(", ", SedModels.ids())
                        + "), a baseline (live-conv, params) nor a numeric column of the table (" + String.join(", ", t.metricNames()) + ")");
            }
        }
        List<ProxyComparison.Result> results = new ArrayList<>(ProxyComparison.compare(t, ps, ts, topK));
        io.github.sedexplorer.bench.Ceiling.of(t, topK).ifPresent(results::add);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(results) : table(results, topK));
        out.flush();
        return 0;
    }

    static String json(List<ProxyComparison.Result> results) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ProxyComparison.Result r : results) {
            Correlation s = r.stats();
            ObjectNode o = array.addObject();
            o.put("proxy", r.proxy());
            o.put("target", r.target());
            o.put("n", s.n());
            number(o, "kendall", s.kendall());
            number(o, "spearman", s.spearman());
            number(o, "pearson", s.pearson());
            number(o, "topk", s.topK());
        }
        return array.toPrettyString() + System.lineSeparator();
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    static String table(List<ProxyComparison.Result> results, double topK) {
        int pw = "proxy".length();
        int tw = "target".length();
        for (ProxyComparison.Result r : results) {
            pw = Math.max(pw, r.proxy().length());
            tw = Math.max(tw, r.target().length());
        }
        String topHeader = "top-" + (topK == Math.rint(topK) ? String.valueOf((long) topK) : String.valueOf(topK)) + "%";
        StringBuilder sb = new StringBuilder();
        String row = "%-" + pw + "s  %-" + tw + "s  %7s  %8s  %8s  %8s  %8s  %7s%n";
        sb.append(String.format(Locale.ROOT, row, "proxy", "target", "n", "kendall", "spearman", "pearson", topHeader, "skipped"));
        for (ProxyComparison.Result r : results) {
            Correlation s = r.stats();
            sb.append(String.format(Locale.ROOT, row, r.proxy(), r.target(), s.n(), f(s.kendall()), f(s.spearman()),
                    f(s.pearson()), f(s.topK()), s.skipped()));
        }
        return sb.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}

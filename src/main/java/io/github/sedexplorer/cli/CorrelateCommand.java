package io.github.sedexplorer.cli;

import io.github.sedexplorer.bench.ApiIndex;
import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.LoadMonitor;
import io.github.sedexplorer.bench.Metrics;
import io.github.sedexplorer.bench.Names;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.bench.TableException;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.LiveConv;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code correlate}: how well proxies rank a benchmark table's architectures against its accuracies. */
@Command(name = "correlate", mixinStandardHelpOptions = true,
        description = {"Ranks a benchmark table's architectures by each proxy and compares with each target: "
                + "Kendall tau-b, Spearman rho, Pearson r, top-k precision.",
                "Proxies: sed-path, sed-flow (" + SedModels.PROVENANCE + "), sed-local-mc when named ("
                        + LocalMcModel.PROVENANCE + ") or any numeric column. "
                        + "Disconnected cells rank below every connected cell, tied; rows without a finite target are skipped.",
                "By default every proxy is ranked on the same rows (--rows shared); the report says which rows and "
                        + "what each target measures.",
                "The load report (rows kept, skipped and why) goes to stderr."})
final class CorrelateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--table", required = true, paramLabel = "FILE|NAME",
            description = "CSV/TSV with a header, or JSON; or the name of a table embedded in the program when no file of "
                    + "that name exists (sed-explorer tables lists them, e.g. nb201-naswot-v1-c10)")
    Path table;

    @Option(names = "--space", paramLabel = "SPACE", description = "nb201, transnas, nb101 or darts (default: detected)")
    String space;

    @Option(names = "--arch-column", paramLabel = "NAME", description = "the column holding architectures (default: detected)")
    String archColumn;

    @Option(names = "--index-table", paramLabel = "FILE",
            description = "an NB201 table that maps NAS-Bench-201 API indices to cells: one with an arch string and an "
                    + "arch_index column (e.g. nb201-naswot-v1-c10.csv, embedded), or nb201-nats-landscape.csv (row i = index i). "
                    + "Needed when --table names cells only by an index column (arch_index, api_index, arch_idx or index)")
    Path indexTable;

    @Option(names = "--target", paramLabel = "COL", description = "target column; repeatable (default: every column that looks like an accuracy)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--proxy", paramLabel = "PROXY", description = "sed-path, sed-flow, sed-local-mc (measured), a saved model FILE.json, live-conv, params, a numeric column, or 'columns' for every numeric column that is not a target; "
                    + "repeatable (default: sed-path and sed-flow)")
    List<String> proxies = new ArrayList<>();

    @Mixin
    ChannelsOption channels;

    @Option(names = "--top-k", paramLabel = "PERCENT", defaultValue = "10", description = "k of top-k precision, in percent (default 10)")
    double topK;

    @Option(names = "--rows", paramLabel = "shared|own", defaultValue = "shared",
            description = "which rows a (proxy, target) pair uses: 'shared' (default) = only the rows where the target "
                    + "and every proxy have a value, so all proxies are ranked on the same cells; 'own' = each proxy on "
                    + "every row where it and the target have a value. The ceiling row always uses its own rows.")
    String rows;

    @Option(names = "--json", description = "print a JSON array of {proxy, target, metric, rows, n, kendall, spearman, pearson, topk}")
    boolean json;

    @Override
    public Integer call() {
        if (!(topK > 0 && topK <= 100)) {
            throw new SedException("--top-k: a percentage in (0, 100], not " + topK);
        }
        ProxyComparison.Rows rowMode = rows(rows);
        SearchSpace forced = space == null ? null : Options.space(space);
        ApiIndex index = indexTable == null ? null : apiIndex(indexTable);
        BenchmarkTable t;
        try {
            t = read(table, new ReadOptions(forced, archColumn, index));
        } catch (TableException e) {
            throw new SedException(e.getMessage() + switch (e.hint()) {
                case ARCH_COLUMN -> "; name the column and space with --arch-column and --space";
                case INDEX_TABLE -> ", or give --index-table FILE";
            });
        }
        List<String> asked = proxies.isEmpty() ? SedModels.ids() : proxies;
        Map<String, SedModel> models = models(asked, t);
        int c = runChannels(models.values(), t.space());
        PrintWriter err = spec.commandLine().getErr();
        // an index column resolved through --index-table is also kept as a (numeric) column
        String via = index != null && t.hasMetric(t.archColumn()) ? " (API indices, resolved by " + index.source() + ")" : "";
        err.printf(Locale.ROOT, "%s: %s, architectures in %s%s, C = %d%s%n%s%n", Quote.token(t.source()), t.space().displayName(),
                Quote.quoted(t.archColumn()), via, c, otherChannels(models.values(), c), t.report().summary());
        List<String> ts = targets.isEmpty() ? ProxyComparison.accuracyColumns(t) : targets;
        if (ts.isEmpty()) {
            throw new SedException("no column looks like an accuracy; name targets with --target (numeric columns: "
                    + Names.list(t.metricNames()) + ")");
        }
        for (String target : ts) {
            if (!t.hasMetric(target)) {
                throw new SedException("--target: the table has no numeric column " + Quote.quoted(target)
                        + (t.hasText(target) ? " (" + Quote.quoted(target) + " holds text)" : "") + " (" + Names.list(t.metricNames()) + ")");
            }
        }
        List<Proxy> ps = new ArrayList<>();
        for (String p : asked) {
            if (models.containsKey(p)) {
                ps.add(Proxy.sed(models.get(p))); // a built-in, or a saved custom model labelled custom:<name>
            } else if (t.hasMetric(p)) {
                ps.add(Proxy.column(p)); // a table's own column wins over a built-in of the same name (params)
            } else if (p.equals(LiveConv.ID)) {
                ps.add(Proxy.liveConv());
            } else if (p.equals("params")) {
                ps.add(Proxy.params(c));
            } else if (p.equals("columns")) {
                ps.addAll(ProxyComparison.columnProxies(t, ts));
            } else {
                throw new SedException("--proxy: " + Quote.quoted(p) + " is neither a SED model (" + String.join(", ", Models.allIds())
                        + "), a baseline (live-conv, params) nor a numeric column of the table (" + Names.list(t.metricNames()) + ")"
                        + (t.hasText(p) ? "; " + Quote.quoted(p) + " holds text" : ""));
            }
        }
        List<ProxyComparison.Result> results = new ArrayList<>(ProxyComparison.compare(t, ps, ts, topK, rowMode));
        Optional<ProxyComparison.Result> ceiling = Ceiling.of(t, topK);
        ceiling.ifPresent(results::add);
        Map<String, Metrics.Metric> metrics = new LinkedHashMap<>();
        for (String target : ts) {
            metrics.put(target, Metrics.describe(t.space(), target));
        }
        ceiling.ifPresent(r -> metrics.put(r.target(), Metrics.describe(t.space(), Ceiling.repeats(t).get(0).runs().get(0))));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(json(results, metrics, rowMode, ceiling));
        } else {
            out.print(table(results, topK));
            out.print(notes(t, ts, ps, metrics, rowMode, ceiling));
        }
        out.flush();
        return 0;
    }

    /**
     * The SED models among the proxies, by proxy: the built-ins, and the saved model files a table column does not
     * shadow, each resolved by {@link ChannelsOption#model}'s rule (a file at its own C; a --channels that differs is
     * refused). Resolved before anything is printed, so the header can say their C.
     */
    private Map<String, SedModel> models(List<String> ps, BenchmarkTable t) {
        Map<String, SedModel> out = new LinkedHashMap<>();
        for (String p : ps) {
            boolean builtIn = Models.known(p);
            if (!out.containsKey(p) && (builtIn || !t.hasMetric(p) && ModelFile.looksLikeFile(p))) {
                out.put(p, channels.model(p, t.space()));
            }
        }
        return out;
    }

    /** The C of the run (the header's, and params'): the one every SED model scores at, else --channels or the space's. */
    private int runChannels(Collection<SedModel> models, SearchSpace space) {
        Set<Integer> cs = new HashSet<>();
        models.forEach(m -> cs.add(m.opEntropy().channels()));
        return cs.size() == 1 ? cs.iterator().next() : channels.channels(space);
    }

    /** The header's note of the models that score at a C other than the run's: " (custom:x at C = 2)", or "". */
    private static String otherChannels(Collection<SedModel> models, int c) {
        List<String> other = models.stream().filter(m -> m.opEntropy().channels() != c)
                .map(m -> Quote.token(m.id()) + " at C = " + m.opEntropy().channels()).toList();
        return other.isEmpty() ? "" : " (" + String.join(", ", other) + ")";
    }

    /** The API index map of --index-table, or a message that says why the file gives none. */
    private static ApiIndex apiIndex(Path file) {
        BenchmarkTable t;
        try {
            t = read(file, ReadOptions.detect());
        } catch (TableException e) {
            throw new SedException("--index-table: " + e.getMessage() + switch (e.hint()) {
                case ARCH_COLUMN, INDEX_TABLE -> "; an index table names its cells by NB201 arch string, beside an arch_index "
                        + "column or in the row order of nb201-nats-landscape.csv";
            });
        } catch (SedException e) {
            throw new SedException("--index-table: " + e.getMessage());
        }
        try {
            return ApiIndex.from(t).orElseThrow(() -> new SedException("--index-table: " + t.source() + " maps no API indices: "
                    + (t.space() != SearchSpace.NB201 ? "it holds " + t.space().displayName() + " cells, not NB201"
                    : "it needs an arch_index column beside its arch strings, or to be nb201-nats-landscape.csv "
                    + "(columns ArchitectureString and UniqueString, all 15,625 rows)")));
        } catch (SedException e) {
            throw e.getMessage().startsWith("--index-table") ? e : new SedException("--index-table: " + e.getMessage());
        }
    }

    /**
     * The table of a file, or, when no file of that name exists, the embedded table of that name ({@link SampleTables}):
     * a file always wins, so a table of one's own is never shadowed by a sample.
     */
    static BenchmarkTable read(Path file, ReadOptions options) {
        return read(Path.of(""), file, options);
    }

    /** {@link #read(Path, ReadOptions)} with a relative {@code file} taken in {@code dir} (tests; the run's is the working directory). */
    static BenchmarkTable read(Path dir, Path name, ReadOptions options) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Optional<SampleTables.Sample> sample = SampleTables.named(name.toString());
            if (sample.isPresent()) {
                return sample.get().read(options, LoadMonitor.NONE);
            }
            throw new SedException("cannot read " + file + ": no such file, nor is it the name of an embedded table ("
                    + SampleTables.names() + "; sed-explorer tables says what each holds)");
        }
        return TableReader.read(file, options, LoadMonitor.NONE);
    }

    private static ProxyComparison.Rows rows(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "shared" -> ProxyComparison.Rows.SHARED;
            case "own" -> ProxyComparison.Rows.OWN;
            default -> throw new SedException("--rows: " + Quote.quoted(value) + " is neither 'shared' (every proxy on the rows where all "
                    + "proxies have a value) nor 'own' (each proxy on the rows where it has a value)");
        };
    }

    /** Below the table: what each target measures, which rows were used, and the ceiling's rows. */
    static String notes(BenchmarkTable t, List<String> targets, List<Proxy> proxies, Map<String, Metrics.Metric> metrics,
                        ProxyComparison.Rows rowMode, Optional<ProxyComparison.Result> ceiling) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        for (String target : targets) {
            Metrics.Metric m = metrics.get(target);
            if (m.known()) {
                sb.append("metric   ").append(Quote.token(target)).append(": ").append(m.label()).append(nl);
            }
        }
        if (rowMode == ProxyComparison.Rows.SHARED) {
            List<ProxyComparison.RowsUsed> used = ProxyComparison.sharedRows(t, proxies, targets);
            if (used.size() > 1 && used.stream().allMatch(r -> r.shared() == r.rows())) {
                sb.append("rows     every target: ").append(used.get(0).caption()).append(nl);
            } else {
                for (ProxyComparison.RowsUsed r : used) {
                    sb.append("rows     ").append(Quote.token(r.target())).append(": ").append(r.caption()).append(nl);
                }
            }
        } else {
            sb.append("rows     each proxy on its own rows: those where it and the target have a value (--rows own)").append(nl);
        }
        for (Proxy p : proxies) {
            if (Models.measuredIds().contains(p.name()) && !t.hasMetric(p.name())) {
                sb.append("proxy    ").append(Quote.token(p.name())).append(": ").append(LocalMcModel.PROVENANCE).append(nl);
            }
        }
        ceiling.ifPresent(c -> sb.append(String.format(Locale.ROOT,
                "ceiling  %s: on its own rows, n = %,d rows where both runs have a value%n", Quote.token(c.target()), c.stats().n())));
        return sb.toString();
    }

    /** The results as JSON; the ceiling row (its own rows always) is the one given. */
    static String json(List<ProxyComparison.Result> results, Map<String, Metrics.Metric> metrics, ProxyComparison.Rows rowMode,
                       Optional<ProxyComparison.Result> ceiling) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ProxyComparison.Result r : results) {
            Correlation s = r.stats();
            ObjectNode o = array.addObject();
            o.put("proxy", r.proxy());
            o.put("target", r.target());
            Metrics.Metric m = metrics.get(r.target());
            if (m != null && m.known()) {
                o.put("metric", m.label());
            } else {
                o.putNull("metric");
            }
            boolean own = rowMode == ProxyComparison.Rows.OWN || ceiling.isPresent() && r == ceiling.get();
            o.put("rows", own ? "own" : "shared");
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
            pw = Math.max(pw, Quote.token(r.proxy()).length());
            tw = Math.max(tw, Quote.token(r.target()).length());
        }
        String topHeader = "top-" + (topK == Math.rint(topK) ? String.valueOf((long) topK) : String.valueOf(topK)) + "%";
        StringBuilder sb = new StringBuilder();
        String row = "%-" + pw + "s  %-" + tw + "s  %7s  %8s  %8s  %8s  %8s  %7s%n";
        sb.append(String.format(Locale.ROOT, row, "proxy", "target", "n", "kendall", "spearman", "pearson", topHeader, "skipped"));
        for (ProxyComparison.Result r : results) {
            Correlation s = r.stats();
            // a column name is cut to 80 characters here, as in messages (--json keeps it whole)
            sb.append(String.format(Locale.ROOT, row, Quote.token(r.proxy()), Quote.token(r.target()), s.n(), f(s.kendall()), f(s.spearman()),
                    f(s.pearson()), f(s.topK()), s.skipped()));
        }
        return sb.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}

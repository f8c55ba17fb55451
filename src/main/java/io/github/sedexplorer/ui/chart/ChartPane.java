package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.common.PngFiles;
import io.github.sedexplorer.ui.chart.ScatterChart;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.export.Csv;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Proxy score against a target for every row of the loaded table, with the rank statistics; the
 * cell open in the editor is marked and follows every edit. Click a point to open its cell.
 */
public final class ChartPane extends BorderPane {

    private final ExplorerViewModel ex;
    private final EditorViewModel editor;
    private final ScatterChart chart = new ScatterChart();
    private final Label stats = new Label("Open a benchmark table: File → Open benchmark table… (or drop a CSV here)");
    private String captionText = "";
    private final Label markerInfo = new Label();
    private final io.github.sedexplorer.ui.controls.TauGauge gauge = new io.github.sedexplorer.ui.controls.TauGauge();
    private final Label ceilingInfo = new Label();

    public ChartPane(ExplorerViewModel ex, EditorViewModel editor, IntConsumer openRow) {
        this.ex = ex;
        this.editor = editor;
        chart.setId("scatter");
        stats.setId("chartStats");
        stats.setWrapText(true);
        ComboBox<BenchmarkTable> table = new ComboBox<>(ex.workspace().tables());
        table.setId("chartTable");
        table.setPrefWidth(320);
        table.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(BenchmarkTable t) {
                return t == null ? "" : t.source() + " (" + t.space().displayName() + ")";
            }

            @Override
            public BenchmarkTable fromString(String s) {
                return null;
            }
        });
        table.valueProperty().addListener((o, a, t) -> {
            if (t != null && t != ex.getTable()) {
                ex.workspace().show(t);
            }
        });
        ex.tableProperty().addListener((o, a, t) -> {
            table.setValue(t);
            redraw();
            if (t == null) {
                chart.setData(new double[0], new double[0], "", "");
                chart.setCaption("");
                chart.clearMarker();
                stats.setText("No table loaded: File → Open benchmark table… (several can be open at once)");
                markerInfo.setText("");
            }
        });
        Button close = new Button("Close");
        close.setId("closeTable");
        close.setTooltip(new javafx.scene.control.Tooltip("Close this table (other loaded tables stay)"));
        close.disableProperty().bind(ex.tableProperty().isNull());
        close.setOnAction(e -> ex.workspace().close(ex.getTable()));
        ComboBox<String> proxy = new ComboBox<>(ex.proxies());
        proxy.setId("chartProxy");
        proxy.valueProperty().bindBidirectional(ex.proxyProperty());
        proxy.setPrefWidth(220);
        ComboBox<String> target = new ComboBox<>(ex.targets());
        target.setId("chartTarget");
        target.valueProperty().bindBidirectional(ex.targetProperty());
        target.setPrefWidth(300);
        Button reset = new Button("Reset");
        reset.setOnAction(e -> chart.resetView());
        Button png = new Button("PNG");
        png.setOnAction(e -> save("PNG image", "*.png", this::writePng));
        Button svg = new Button("SVG");
        svg.setOnAction(e -> save("SVG drawing", "*.svg", this::writeSvg));
        Button csv = new Button("CSV");
        csv.setOnAction(e -> save("CSV", "*.csv", this::writeCsv));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tableRow = new HBox(8, new Label("Table"), table, close, spacer, reset, new Label("Export"), png, svg, csv);
        tableRow.setAlignment(Pos.CENTER_LEFT);
        HBox controls = new HBox(8, new Label("Proxy"), proxy, new Label("Target"), target);
        controls.setAlignment(Pos.CENTER_LEFT);
        java.util.List<javafx.scene.Node> all = new java.util.ArrayList<>(tableRow.getChildren());
        all.addAll(controls.getChildren());
        for (javafx.scene.Node n : all) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
        }
        markerInfo.setId("markerInfo");
        markerInfo.getStyleClass().add("marker-info");
        gauge.setId("ceilingGauge");
        ceilingInfo.setId("ceilingInfo");
        ceilingInfo.getStyleClass().add("note");
        HBox ceilingRow = new HBox(10, gauge, ceilingInfo);
        ceilingRow.setAlignment(Pos.CENTER_LEFT);
        ceilingRow.visibleProperty().bind(ex.ceilingProperty().isNotNull());
        ceilingRow.managedProperty().bind(ceilingRow.visibleProperty());
        VBox top = new VBox(6, tableRow, controls, stats, ceilingRow, markerInfo);
        top.setPadding(new Insets(10, 12, 6, 12));
        setTop(top);
        setCenter(chart);
        chart.setOnPointClicked(openRow);
        chart.setTooltipText(this::tooltip);
        ex.proxyScoresProperty().addListener((o, a, b) -> redraw());
        ex.targetValuesProperty().addListener((o, a, b) -> redraw());
        ex.statsProperty().addListener((o, a, b) -> caption());
        editor.scoresProperty().addListener((o, a, b) -> marker());
    }

    public ScatterChart chart() {
        return chart;
    }

    /** The statistics line drawn on the chart (and exported with it). */
    public String captionText() {
        return captionText;
    }

    private void redraw() {
        double[] x = ex.proxyScoresProperty().get();
        double[] y = ex.targetValuesProperty().get();
        if (x == null || y == null || x.length != y.length || ex.getTable() == null || ex.getTable().rows() != x.length) {
            return; // switching tables: the other side follows
        }
        var metric = io.github.sedexplorer.bench.Metrics.describe(ex.getTable().space(), ex.targetProperty().get());
        chart.setData(x, y, label(ex.proxyProperty().get()), ex.targetProperty().get() + (metric.known() ? " — " + metric.label() : ""));
        caption();
        marker();
    }

    private String label(String proxy) {
        return ex.models().contains(proxy) ? proxy + " (C = " + ex.models().channels(proxy, ex.channelsFor(ex.getTable())) + ")" : proxy;
    }

    private void caption() {
        Correlation c = ex.statsProperty().get();
        BenchmarkTable t = ex.getTable();
        if (c == null || t == null) {
            return;
        }
        stats.setText(t.source() + " (" + t.space().displayName() + ") · Kendall τ-b, Spearman ρ, Pearson r, top-"
                + Math.round(c.topKPercent()) + "% precision · disconnected cells rank lowest, tied · skipped rows have no target or no score");
        captionText = String.format(Locale.ROOT, "n = %,d · τ %.3f · ρ %.3f · r %.3f · top-%.0f%% %.3f · %,d disconnected · %,d skipped",
                c.n(), c.kendall(), c.spearman(), c.pearson(), c.topKPercent(), c.topK(), ex.disconnected(), c.skipped());
        var ceiling = ex.ceilingProperty().get();
        gauge.setTau(c.kendall());
        gauge.setCeiling(ceiling == null ? Double.NaN : ceiling.stats().kendall());
        if (ceiling != null) {
            ceilingInfo.setText(String.format(Locale.ROOT, "noise ceiling: %s, τ %.3f · ρ %.3f on %,d rows — no proxy can be expected to beat it",
                    ceiling.target(), ceiling.stats().kendall(), ceiling.stats().spearman(), ceiling.stats().n()));
            captionText += String.format(Locale.ROOT, " · ceiling τ %.3f", ceiling.stats().kendall());
        }
        chart.setCaption(captionText);
    }

    /** Marks the editor's cell: x its proxy score, y its target when the table holds it. */
    private void marker() {
        BenchmarkTable t = ex.getTable();
        CellDocument doc = editor.getDocument();
        double[] ys = ex.targetValuesProperty().get();
        if (t == null || doc == null || ys == null || doc.architecture().space() != t.space()) {
            chart.clearMarker();
            markerInfo.setText(t == null || doc == null ? "" : "The editor's cell is a " + doc.architecture().space().displayName()
                    + " cell: not in this " + t.space().displayName() + " table");
            return;
        }
        Architecture a = doc.architecture();
        int row = ex.rowOf(a);
        String proxy = ex.proxyProperty().get();
        double x;
        if (ex.models().contains(proxy)) {
            x = ex.models().create(proxy, ex.channelsFor(t)).score(a);
        } else if (row >= 0) {
            x = ex.proxyScoresProperty().get()[row];
        } else {
            chart.clearMarker();
            markerInfo.setText("◎ the editor's cell is not in this table, so it has no " + proxy);
            return;
        }
        chart.setMarker(x, row >= 0 ? ys[row] : Double.NaN);
        markerInfo.setText("◎ the editor's cell: " + proxy + " " + Palette.score(x) + " · " + ex.targetProperty().get() + " "
                + (row >= 0 ? (Double.isNaN(ys[row]) ? "missing" : String.format(Locale.ROOT, "%.3f (row %d)", ys[row], row + 1))
                : "— not in this table"));
    }

    private String tooltip(int i) {
        BenchmarkTable t = ex.getTable();
        double[] x = ex.proxyScoresProperty().get();
        double[] y = ex.targetValuesProperty().get();
        if (t == null || x == null || i < 0 || i >= t.rows()) {
            return "";
        }
        return String.format(Locale.ROOT, "row %d  %s%n%s = %s%n%s = %s%nclick to open in the editor", i + 1, t.archText(i),
                ex.proxyProperty().get(), Palette.score(x[i]), ex.targetProperty().get(),
                Double.isNaN(y[i]) ? "missing" : String.format(Locale.ROOT, "%.4f", y[i]));
    }

    /** The chart's points as CSV: arch, proxy score, target ({@link Csv}; empty for a missing value). */
    public String dataCsv() {
        BenchmarkTable t = ex.getTable();
        double[] x = ex.proxyScoresProperty().get();
        double[] y = ex.targetValuesProperty().get();
        Csv out = new Csv().row("arch", ex.proxyProperty().get(), ex.targetProperty().get());
        for (int i = 0; t != null && x != null && y != null && i < t.rows(); i++) {
            out.text(t.archText(i)).number(x[i]).number(y[i]).end();
        }
        return out.toString();
    }

    /** The chart as drawn, as a PNG image (atomically). @throws SedException when it cannot be written */
    public void writePng(Path f) {
        PngFiles.write(chart.snapshotImage(), f);
    }

    /** The chart as an SVG drawing (atomically). @throws SedException when it cannot be written */
    public void writeSvg(Path f) {
        CellFile.writeAtomically(chart.toSvg(), f, "SVG drawing");
    }

    /** The chart's points as CSV (atomically). @throws SedException when it cannot be written */
    public void writeCsv(Path f) {
        CellFile.writeAtomically(dataCsv(), f, "CSV file");
    }

    /** Writes an export; a file that cannot be written is said in the status bar. */
    private void save(String what, String pattern, java.util.function.Consumer<Path> writer) {
        FileChooser c = new FileChooser();
        c.setTitle("Export " + what);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File f = c.showSaveDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            writer.accept(f.toPath());
            editor.notifier().info("Exported " + f.getName());
        } catch (SedException e) {
            editor.notifier().warn(e.getMessage());
        }
    }
}

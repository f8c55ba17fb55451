package io.github.sedexplorer.ui.explore;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.chart.ScatterChart;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Palette;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;

import javafx.embed.swing.SwingFXUtils;
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

import javax.imageio.ImageIO;

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

    public ChartPane(ExplorerViewModel ex, EditorViewModel editor, IntConsumer openRow) {
        this.ex = ex;
        this.editor = editor;
        chart.setId("scatter");
        stats.setId("chartStats");
        stats.setWrapText(true);
        ComboBox<String> proxy = new ComboBox<>(ex.proxies());
        proxy.setId("chartProxy");
        proxy.valueProperty().bindBidirectional(ex.proxyProperty());
        proxy.setPrefWidth(170);
        ComboBox<String> target = new ComboBox<>(ex.targets());
        target.setId("chartTarget");
        target.valueProperty().bindBidirectional(ex.targetProperty());
        target.setPrefWidth(250);
        Button reset = new Button("Reset");
        reset.setOnAction(e -> chart.resetView());
        Button png = new Button("PNG");
        png.setOnAction(e -> save("PNG image", "*.png", this::writePng));
        Button svg = new Button("SVG");
        svg.setOnAction(e -> save("SVG drawing", "*.svg", f -> Files.writeString(f, chart.toSvg())));
        Button csv = new Button("CSV");
        csv.setOnAction(e -> save("CSV", "*.csv", f -> Files.writeString(f, dataCsv())));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label("Proxy"), proxy, new Label("Target"), target, spacer, reset,
                new Label("Export"), png, svg, csv);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : controls.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
        }
        markerInfo.setId("markerInfo");
        markerInfo.getStyleClass().add("marker-info");
        VBox top = new VBox(6, controls, stats, markerInfo);
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
        if (x == null || y == null) {
            return;
        }
        chart.setData(x, y, label(ex.proxyProperty().get()), ex.targetProperty().get());
        caption();
        marker();
    }

    private String label(String proxy) {
        return SedModels.ids().contains(proxy) ? proxy + " (C = " + ex.channelsProperty().get() + ")" : proxy;
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
        if (SedModels.ids().contains(proxy)) {
            x = SedModels.create(proxy, Math.max(1, ex.channelsProperty().get())).score(a);
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

    private String dataCsv() {
        BenchmarkTable t = ex.getTable();
        double[] x = ex.proxyScoresProperty().get();
        double[] y = ex.targetValuesProperty().get();
        StringBuilder sb = new StringBuilder("arch," + csv(ex.proxyProperty().get()) + "," + csv(ex.targetProperty().get()) + "\n");
        for (int i = 0; t != null && i < t.rows(); i++) {
            sb.append(csv(t.archText(i))).append(',').append(number(x[i])).append(',').append(number(y[i])).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : v == Double.NEGATIVE_INFINITY ? "-inf" : Double.toString(v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private void writePng(Path f) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(chart.snapshotImage(), null), "png", f.toFile());
    }

    private interface Writer {
        void write(Path f) throws IOException;
    }

    private void save(String what, String pattern, Writer writer) {
        FileChooser c = new FileChooser();
        c.setTitle("Export " + what);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File f = c.showSaveDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            writer.write(f.toPath());
            editor.messageProperty().set("Exported " + f.getName());
        } catch (IOException e) {
            editor.messageProperty().set("Cannot write " + f.getName() + ": " + e.getMessage());
        }
    }
}

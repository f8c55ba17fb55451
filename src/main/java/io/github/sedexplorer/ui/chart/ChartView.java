package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.common.PngFiles;
import io.github.sedexplorer.ui.controls.TableSelector;
import io.github.sedexplorer.ui.controls.TauGauge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;

/**
 * Proxy score against a target for every row of the shown table, with the rank statistics; the cell open in the
 * editor is marked and follows every edit. Click a point to open its cell. A passive view of {@link ChartViewModel}.
 */
public final class ChartView extends BorderPane {

    private final ChartViewModel vm;
    private final ScatterChart chart = new ScatterChart();
    private final Label stats = new Label("Open a benchmark table: File → Open benchmark table… (or drop a CSV here)");
    private final Label markerInfo = new Label();
    private final TauGauge gauge = new TauGauge();
    private final Label ceilingInfo = new Label();
    private final HBox ceilingRow = new HBox(10, gauge, ceilingInfo);

    /**
     * @param export  where the PNG, SVG and CSV buttons save
     * @param openRow opens a clicked point's row in the editor
     */
    public ChartView(ChartViewModel vm, FileExport export, IntConsumer openRow) {
        this.vm = vm;
        chart.setId("scatter");
        stats.setId("chartStats");
        stats.setWrapText(true);
        TableSelector table = new TableSelector("chartTable", "closeTable", vm.tables(), vm.tableProperty(), vm::show, vm::close);
        SearchableComboBox<String> proxy = chooser("chartProxy", vm.proxies(), vm.proxyProperty(), 220);
        proxy.setConverter(new StringConverter<>() { // sed-local-mc shows as measured, not the reconstruction
            @Override
            public String toString(String name) {
                return name == null ? null : ChartViewModel.label(name);
            }

            @Override
            public String fromString(String text) {
                return vm.proxies().stream().filter(n -> ChartViewModel.label(n).equals(text)).findFirst().orElse(text);
            }
        });
        SearchableComboBox<String> target = chooser("chartTarget", vm.targets(), vm.targetProperty(), 300);
        Button reset = new Button("Reset");
        reset.setOnAction(e -> chart.resetView());
        Button png = new Button("PNG");
        png.setOnAction(e -> export.choose("Export PNG image", FileKind.PNG, FileKind.PNG.suggest(exportName()), this::writePng));
        Button svg = new Button("SVG");
        svg.setOnAction(e -> export.choose("Export SVG drawing", FileKind.SVG, FileKind.SVG.suggest(exportName()), this::writeSvg));
        Button csv = new Button("CSV");
        csv.setOnAction(e -> export.choose("Export CSV", FileKind.CSV, FileKind.CSV.suggest(exportName()), vm::writeCsv));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tableRow = new HBox(8, table, spacer, reset, new Label("Export"), png, svg, csv);
        tableRow.setAlignment(Pos.CENTER_LEFT);
        HBox controls = new HBox(8, new Label("Proxy"), proxy, new Label("Target"), target);
        controls.setAlignment(Pos.CENTER_LEFT);
        List<Node> all = new ArrayList<>(tableRow.getChildren());
        all.addAll(controls.getChildren());
        for (Node n : all) {
            if (n instanceof Labeled l) {
                l.setMinWidth(Control.USE_PREF_SIZE);
            }
        }
        markerInfo.setId("markerInfo");
        markerInfo.getStyleClass().add("marker-info");
        gauge.setId("ceilingGauge");
        ceilingInfo.setId("ceilingInfo");
        ceilingInfo.getStyleClass().add("note");
        ceilingRow.setAlignment(Pos.CENTER_LEFT);
        ceilingRow.setVisible(false);
        ceilingRow.managedProperty().bind(ceilingRow.visibleProperty());
        VBox top = new VBox(6, tableRow, controls, stats, ceilingRow, markerInfo);
        top.setPadding(new Insets(10, 12, 6, 12));
        setTop(top);
        setCenter(chart);
        chart.setOnPointClicked(openRow);
        chart.setTooltipText(i -> vm.data() == null ? "" : vm.data().tooltip(i));
        vm.dataProperty().addListener((o, a, d) -> show(d));
        vm.markProperty().addListener((o, a, m) -> show(m));
        if (vm.data() != null) {
            show(vm.data());
        }
        show(vm.markProperty().get());
    }

    /**
     * A searchable chooser of one of the view-model's names. It shows the choice and sets it when one is picked; a
     * search that hides the chosen name leaves the choice as it is, and the box shows it again when it closes.
     */
    static SearchableComboBox<String> chooser(String id, ObservableList<String> names, StringProperty choice, double width) {
        SearchableComboBox<String> box = new SearchableComboBox<>(FXCollections.observableArrayList(names));
        box.setId(id);
        box.setPrefWidth(width);
        box.setValue(choice.get());
        choice.addListener((o, a, b) -> box.setValue(b));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                choice.set(b);
            }
        });
        Runnable restore = () -> {
            if (box.getValue() == null) {
                box.setValue(choice.get());
            }
        };
        box.showingProperty().addListener((o, was, showing) -> restore.run());
        // a copy, replaced whole: a SearchableComboBox whose own list shrinks in place throws from its filtered view of it
        // (ControlsFX #1320: loading a table with fewer columns than the one shown raised an error dialog)
        names.addListener((ListChangeListener<String>) c -> {
            box.setItems(FXCollections.observableArrayList(names));
            restore.run();
        });
        return box;
    }

    private void show(ChartData d) {
        if (d == null) {
            chart.setData(new double[0], new double[0], "", "");
            chart.setCaption("");
            stats.setText("No table loaded: File → Open benchmark table… (several can be open at once)");
            ceilingRow.setVisible(false);
            return;
        }
        chart.setData(d.x(), d.y(), d.xLabel(), d.yLabel());
        chart.setCaption(d.caption());
        stats.setText(d.legend());
        // the share of the ceiling is of the proxy's τ on the ceiling's rows (a few ms: one τ of ≤ 15,625 rows)
        Correlation same = d.ceiling() == null ? d.stats()
                : Ceiling.onCeilingRows(d.table(), d.x(), d.y(), d.stats().topKPercent()).orElse(d.stats());
        gauge.setTau(same.kendall(), same.n());
        gauge.setCeiling(d.ceiling() == null ? Double.NaN : d.ceiling().stats().kendall(), d.ceiling() == null ? 0 : d.ceiling().stats().n());
        ceilingInfo.setText(d.ceilingText());
        ceilingRow.setVisible(d.ceiling() != null);
    }

    private void show(ChartMark m) {
        if (m.drawn()) {
            chart.setMarker(m.x(), m.y());
        } else {
            chart.clearMarker();
        }
        markerInfo.setText(m.text());
    }

    public ScatterChart chart() {
        return chart;
    }

    /** The chart as drawn, as a PNG image (atomically). @throws SedException when it cannot be written */
    public void writePng(Path f) {
        PngFiles.write(chart.snapshotImage(), f);
    }

    /** The chart as an SVG drawing (atomically). @throws SedException when it cannot be written */
    public void writeSvg(Path f) {
        CellFile.writeAtomically(chart.toSvg(), f, "SVG drawing");
    }

    /** The chart's file name: its table, proxy and target ("nb201-zc-nbsz-c10-sed-path-val-acc"). */
    private String exportName() {
        String table = vm.getTable() == null ? "chart" : vm.getTable().stem();
        return table + " " + vm.proxyProperty().get() + " " + vm.targetProperty().get();
    }
}

package io.github.sedexplorer.ui.microscope;

import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.ui.microscope.MicroscopeViewModel.NodeRef;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.common.PngFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Microscope tab: the controls above; per node a card with the chosen channel and the channel mean of the seed-0
 * map (one diverging scale for the whole view, or each node its own, stated), the local-entropy heat map (likewise),
 * and the measured numbers beside the predictions. Cards wrap in a scrolling flow, one flow per cell.
 */
public final class MicroscopeView extends BorderPane {

    /** The side of every thumbnail on screen, whatever the map's size. */
    static final double THUMB = MicroscopeSvg.THUMB;
    static final String ONE_SCALE = "one for all nodes";
    static final String OWN_SCALE = "each node its own";

    private final MicroscopeViewModel vm;
    private final VBox cells = new VBox(10);
    private final Label legend = new Label();
    private final Label caption = new Label();
    private final Label status = new Label();
    private final VBox content;

    public MicroscopeView(MicroscopeViewModel vm, FileExport export) {
        this.vm = vm;
        getStyleClass().add("microscope");
        Spinner<Integer> channel = spinner("microscopeChannel", 0, vm.settings().channels() - 1, vm.channelShownProperty().get());
        follow(channel, vm.channelShownProperty());
        Spinner<Integer> seeds = spinner("microscopeSeeds", 1, 16, vm.seedsProperty().get());
        follow(seeds, vm.seedsProperty());
        Spinner<Integer> seed = spinner("microscopeSeed", 0, 9999, vm.seedProperty().get());
        follow(seed, vm.seedProperty());
        ComboBox<Integer> size = combo("microscopeSize", MicroscopeViewModel.SIZES, vm.sizeProperty().get());
        size.valueProperty().addListener((o, a, v) -> vm.sizeProperty().set(v));
        ComboBox<Integer> window = combo("microscopeWindow", MicroscopeViewModel.WINDOWS, vm.windowProperty().get());
        window.valueProperty().addListener((o, a, v) -> vm.windowProperty().set(v));
        ComboBox<String> scale = new ComboBox<>();
        scale.getItems().setAll(ONE_SCALE, OWN_SCALE);
        scale.setValue(vm.scaleEachNodeProperty().get() ? OWN_SCALE : ONE_SCALE);
        scale.setId("microscopeScale");
        scale.setTooltip(new Tooltip("One scale shows the maps fade and the entropy fall from node to node; each node's own"
                + " shows what is left of its structure (its scales are on its card)"));
        scale.valueProperty().addListener((o, a, v) -> vm.scaleEachNodeProperty().set(OWN_SCALE.equals(v)));
        Button png = new Button("PNG…");
        png.setId("microscopePng");
        png.setOnAction(e -> export.choose("Export the microscope as PNG", FileKind.PNG, "microscope.png", this::writePng));
        Button svg = new Button("SVG…");
        svg.setId("microscopeSvg");
        svg.setOnAction(e -> export.choose("Export the microscope as SVG", FileKind.SVG, "microscope.svg", this::writeSvg));
        png.disableProperty().bind(vm.measurementProperty().isNull());
        svg.disableProperty().bind(vm.measurementProperty().isNull());
        ProgressIndicator running = new ProgressIndicator(-1);
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(vm.runningProperty());
        status.setId("microscopeStatus");
        status.textProperty().bind(vm.statusProperty());
        FlowPane controls = new FlowPane(12, 4, pair("Channel", channel), pair("Seeds K", seeds), pair("Map", size),
                pair("Window s", window), pair("Seed", seed), pair("Scale", scale), new HBox(6, png, svg), new HBox(6, running, status));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        legend.setId("microscopeLegend");
        legend.setWrapText(true);
        caption.setId("microscopeCaption");
        caption.setWrapText(true);
        caption.setStyle("-fx-font-style: italic;");
        content = new VBox(8, legend, caption, cells);
        content.setPadding(new Insets(8));
        content.setStyle("-fx-background-color: white;");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("microscopeScroll");
        setTop(controls);
        setCenter(scroll);
        vm.measurementProperty().addListener((o, a, m) -> draw());
        vm.channelShownProperty().addListener((o, a, c) -> draw());
        vm.scaleEachNodeProperty().addListener((o, a, c) -> draw());
        vm.markedProperty().addListener((o, a, n) -> cards().forEach(c -> MicroscopeStyle.card((Region) c,
                c.getUserData().equals(n), 4)));
        draw();
    }

    public MicroscopeViewModel viewModel() {
        return vm;
    }

    /** The legend, caption and cards as a PNG image (what is drawn, at screen resolution). */
    public void writePng(Path file) {
        WritableImage image = content.snapshot(new SnapshotParameters(), null);
        PngFiles.write(image, file);
    }

    /** The legend, caption and cards as an SVG drawing (the thumbnails embedded as the pixels shown). */
    public void writeSvg(Path file) {
        Measurement m = vm.getMeasurement();
        if (m != null) {
            CellFile.writeAtomically(MicroscopeSvg.of(m, vm), file, "SVG drawing");
        }
    }

    private static void follow(Spinner<Integer> spinner, IntegerProperty into) {
        spinner.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                into.set(v);
            }
        });
    }

    /** A control with its label, kept together when the bar wraps. */
    private static Node pair(String label, Control control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        control.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, value);
        // typed text that is no number keeps the value; one out of range is clamped by the factory
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : Integer.toString(v);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        Spinner<Integer> s = new Spinner<>(factory);
        s.setEditable(true);
        s.getEditor().setTextFormatter(new TextFormatter<Integer>(c -> c.getControlNewText().matches("\\d{0,5}") ? c : null));
        s.setTooltip(new Tooltip(min + " to " + max));
        s.setPrefWidth(72);
        s.setId(id);
        return s;
    }

    private static ComboBox<Integer> combo(String id, List<Integer> values, int value) {
        ComboBox<Integer> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setValue(value);
        c.setId(id);
        return c;
    }

    private void draw() {
        Measurement m = vm.getMeasurement();
        if (m == null) {
            legend.setText("");
            caption.setText("");
            cells.getChildren().clear();
            return;
        }
        legend.setText(vm.legend(m));
        caption.setText(MicroscopeViewModel.caption(m));
        cells.getChildren().clear();
        int cellCount = m.architecture().cells().size();
        for (int ci = 0; ci < cellCount; ci++) {
            FlowPane flow = new FlowPane(8, 8);
            flow.setId("microscopeCell" + ci);
            for (NodeMeasure n : m.nodes()) {
                if (n.cell() == ci) {
                    flow.getChildren().add(card(m, n));
                }
            }
            if (cellCount > 1) {
                Label head = new Label(m.architecture().cellName(ci) + " cell");
                head.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
                cells.getChildren().add(head);
            }
            cells.getChildren().add(flow);
        }
    }

    private Node card(Measurement m, NodeMeasure n) {
        Label title = new Label(MicroscopeViewModel.title(m, n));
        title.setStyle("-fx-font-weight: bold;");
        int channel = vm.channelFor(m);
        double scale = vm.mapScale(m, n);
        double[] heat = vm.heatScale(m, n);
        HBox thumbs = new HBox(6,
                Thumbs.thumb("channel " + channel, Thumbs.diverging(n.sample().channel(channel), scale), THUMB, "microscopeChannelThumb"),
                Thumbs.thumb("mean of C", Thumbs.diverging(n.sample().channelMean(), scale), THUMB, "microscopeMeanThumb"),
                Thumbs.thumb("local entropy", Thumbs.heat(n.heat(), heat[0], heat[1]), THUMB, "microscopeHeatThumb"));
        GridPane numbers = new GridPane();
        numbers.setHgap(8);
        numbers.getStyleClass().add("microscope-numbers");
        numbers.addRow(0, small("", false), small("measured", true), small("predicted", true));
        List<List<String>> rows = MicroscopeViewModel.table(n);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Label q = new Label(row.get(0));
            Label measured = new Label(row.get(1));
            measured.getStyleClass().add("microscope-number");
            Label predicted = new Label(row.get(2));
            predicted.setStyle("-fx-text-fill: #505050;");
            numbers.addRow(r + 1, q, measured, predicted);
        }
        VBox card = new VBox(4, title, thumbs);
        if (vm.scaleEachNodeProperty().get()) {
            Label scales = small(MicroscopeViewModel.scales(scale, heat), false);
            scales.getStyleClass().add("microscope-scales");
            card.getChildren().add(scales);
        }
        card.getChildren().add(numbers);
        card.setId("microscopeCard-" + n.cell() + "-" + n.node());
        card.getStyleClass().add("microscope-card");
        card.setPadding(new Insets(6));
        card.setUserData(NodeRef.of(n));
        MicroscopeStyle.card(card, card.getUserData().equals(vm.markedProperty().get()), 4);
        card.setMinWidth(3 * THUMB + 2 * 6 + 14);
        return card;
    }

    private static Label small(String text, boolean italic) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 0.85em;" + (italic ? " -fx-font-style: italic;" : ""));
        return l;
    }

    /** Every card drawn (tests). */
    List<Node> cards() {
        List<Node> out = new ArrayList<>();
        for (Node f : cells.getChildren()) {
            if (f instanceof FlowPane flow) {
                out.addAll(flow.getChildren());
            }
        }
        return out;
    }
}

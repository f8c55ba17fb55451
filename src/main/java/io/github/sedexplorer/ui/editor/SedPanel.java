package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.sed.SedAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;

/** The live SED panel: model and C, the score, weights, the paths with their entropy, per-node entropy bars. */
public final class SedPanel extends VBox {

    private final EditorViewModel vm;
    private final Label score = new Label();
    private final Label detail = new Label();
    private final Label params = new Label();
    private final Label pathTitle = new Label();
    private final ListView<String> paths = new ListView<>();
    private final Canvas bars = new Canvas(300, 60);
    /** What the bars canvas shows: the nodes' names and entropies it was last drawn with. */
    private List<String> barNames = List.of();
    private List<Double> barValues = List.of();

    public SedPanel(EditorViewModel vm, BooleanProperty overlay) {
        super(10);
        this.vm = vm;
        setPadding(new Insets(14));
        setPrefWidth(340);
        getStyleClass().add("sed-panel");
        Label title = new Label("SED");
        title.getStyleClass().add("panel-title");
        Label provenance = new Label("As reconstructed from the paper's theory (arXiv 2411.06236).");
        provenance.setWrapText(true);
        provenance.getStyleClass().add("note");

        ChoiceBox<String> model = new ChoiceBox<>(vm.models().ids());
        model.setId("modelChoice");
        model.valueProperty().bindBidirectional(vm.modelIdProperty());
        model.setTooltip(new Tooltip("The entropy model that scores the cell: sed-path sums each path's entropy change, "
                + "sed-flow follows the variance through the cell; custom models come from the Lab or Model → Load model file"));
        Spinner<Integer> channels = new Spinner<>(1, 4096, vm.channelsProperty().get());
        channels.setId("channels");
        channels.setEditable(true);
        channels.setPrefWidth(90);
        channels.setMinWidth(78); // the value must stay readable in a narrow panel: the model's list shrinks instead
        channels.setTooltip(new Tooltip("C, the channel count every operation's entropy and weights are computed at"));
        // a custom model carries its own C
        channels.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.models().isCustom(vm.modelIdProperty().get()), vm.modelIdProperty()));
        channels.getValueFactory().valueProperty().addListener((o, a, b) -> vm.channelsProperty().set(b));
        vm.channelsProperty().addListener((o, a, b) -> channels.getValueFactory().setValue(b.intValue()));
        Label modelLabel = new Label("Model");
        modelLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label cLabel = new Label("C =");
        cLabel.setMinWidth(Label.USE_PREF_SIZE);
        model.setMinWidth(Region.USE_PREF_SIZE);
        HBox modelPair = new HBox(8, modelLabel, model);
        modelPair.setAlignment(Pos.CENTER_LEFT);
        HBox cPair = new HBox(8, cLabel, channels);
        cPair.setAlignment(Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(12, 6, modelPair, cPair); // C goes under the model in a narrow panel
        controls.setAlignment(Pos.CENTER_LEFT);

        score.setId("score");
        score.getStyleClass().add("score");
        detail.setId("scoreDetail");
        detail.getStyleClass().add("note");
        detail.setWrapText(true);
        params.setId("params");
        params.setTooltip(new Tooltip("Convolution weights at C (no biases, no batch-norm), counted as each benchmark counts:\n"
                + "NAS-Bench-101 the pruned spec (nodes on no input→output path have no weights);\n"
                + "NB201, TransNAS, DARTS and free cells every operation of the cell, dead ones too."));

        CheckBox contribution = new CheckBox("Colour edges by contribution n(e)·Δ");
        contribution.setId("overlay");
        contribution.setWrapText(true);
        contribution.setMinHeight(Region.USE_PREF_SIZE); // two lines in a narrow panel, not an ellipsis
        contribution.selectedProperty().bindBidirectional(overlay);
        contribution.setTooltip(new Tooltip("Colour each edge by n(e)·Δ: the paths through it times its operation's entropy change"));
        HBox legend = legend();
        legend.visibleProperty().bind(overlay);
        legend.managedProperty().bind(overlay);

        pathTitle.getStyleClass().add("section-title");
        paths.setId("paths");
        paths.setPrefHeight(170);
        Label barsTitle = new Label("Entropy per node, ½·ln v");
        barsTitle.getStyleClass().add("section-title");
        bars.setId("entropyBars");
        ScrollPane barScroll = new ScrollPane(bars);
        barScroll.setFitToWidth(true);
        barScroll.setPrefHeight(170);
        VBox.setVgrow(paths, Priority.ALWAYS);
        getChildren().addAll(title, controls, score, detail, params, contribution, legend, pathTitle, paths,
                barsTitle, barScroll, provenance);
        vm.scoresProperty().addListener((o, a, s) -> update());
        update();
    }

    private static HBox legend() {
        Rectangle ramp = new Rectangle(140, 10);
        ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, Palette.diverging(-1)), new Stop(0.5, Palette.diverging(0)), new Stop(1, Palette.diverging(1))));
        Label lowers = new Label("lowers");
        Label raises = new Label("raises entropy");
        lowers.getStyleClass().add("note");
        raises.getStyleClass().add("note");
        HBox box = new HBox(6, lowers, ramp, raises);
        box.setId("legend");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void update() {
        Scores s = vm.getScores();
        if (s == null) {
            return;
        }
        Architecture arch = vm.getDocument().architecture();
        score.setText(s.model().id() + ":  " + Palette.score(s.total()));
        StringBuilder d = new StringBuilder(arch.space().displayName() + ", C = " + s.model().opEntropy().channels());
        if (arch.cells().size() > 1) {
            for (int i = 0; i < arch.cells().size(); i++) {
                d.append("\n").append(arch.cellName(i)).append(": ").append(Palette.score(s.model().score(arch.cells().get(i))));
            }
        }
        if (vm.models().isCustom(s.model().id())) {
            d.append("\nCustom model: a tuned Δ table at its own C, not the reconstruction.");
        }
        if (!s.connected()) {
            d.append("\nNo input→output path of real operations: the cell ranks below every connected cell.");
        }
        detail.setText(d.toString());
        params.setText(String.format(Locale.ROOT, "params: %,d weights", s.params()));
        List<String> rows = new ArrayList<>();
        long count = 0;
        for (int i = 0; i < arch.cells().size(); i++) {
            SedAnalysis a = s.cells().get(i);
            count += (long) a.pathCount();
            for (SedAnalysis.PathEntropy p : a.paths(200)) {
                StringBuilder r = new StringBuilder(arch.cells().size() > 1 ? arch.cellName(i) + ": " : "");
                for (int k = 0; k < p.nodes().size(); k++) {
                    r.append(k == 0 ? "" : " → ").append(NodeNames.of(arch.cells().get(i), p.nodes().get(k)));
                }
                r.append(String.format(Locale.ROOT, "   Σ Δ = %+.4f", p.entropy()));
                rows.add(r.toString());
            }
        }
        pathTitle.setText(String.format(Locale.ROOT, "%,d input→output path%s", count, count == 1 ? "" : "s"));
        if (!paths.getItems().equals(rows)) { // a moved node, or an edit undone by hand, lists the same paths
            paths.getItems().setAll(rows);
        }
        drawBars(arch, s);
    }

    /** One canvas, not a node per bar: a 50-node cell would otherwise add hundreds of nodes per edit. */
    private void drawBars(Architecture arch, Scores s) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double max = 1e-9;
        for (int i = 0; i < arch.cells().size(); i++) {
            Cell c = arch.cells().get(i);
            SedAnalysis a = s.cells().get(i);
            for (int v = 0; v < c.nodeCount(); v++) {
                names.add((arch.cells().size() > 1 ? arch.cellName(i).charAt(0) + " " : "") + NodeNames.of(c, v));
                values.add(a.nodeEntropy(v));
                if (Double.isFinite(a.nodeEntropy(v))) {
                    max = Math.max(max, Math.abs(a.nodeEntropy(v)));
                }
            }
        }
        if (names.equals(barNames) && values.equals(barValues)) {
            return; // the canvas shows these bars already
        }
        barNames = names;
        barValues = values;
        double row = 18;
        bars.setHeight(names.size() * row + 4);
        GraphicsContext g = bars.getGraphicsContext2D();
        g.clearRect(0, 0, bars.getWidth(), bars.getHeight());
        g.setFont(Font.font(12));
        double axis = 150;
        double half = 90;
        for (int k = 0; k < names.size(); k++) {
            double y = k * row + 2;
            double v = values.get(k);
            g.setFill(Color.web("#24292f"));
            g.fillText(names.get(k), 2, y + 13);
            if (Double.isFinite(v)) {
                double w = half * Math.abs(v) / max;
                g.setFill(v < 0 ? Color.web("#1d4ed8") : Color.web("#c2410c"));
                g.fillRect(v < 0 ? axis - w : axis, y + 3, w, 11);
            }
            g.setFill(Color.web("#57606a"));
            g.fillText(Double.isFinite(v) ? String.format(Locale.ROOT, "%+.3f", v) : "−∞", axis + half + 6, y + 13);
        }
        g.setStroke(Color.web("#d0d7de"));
        g.strokeLine(axis + 0.5, 0, axis + 0.5, bars.getHeight());
    }

}

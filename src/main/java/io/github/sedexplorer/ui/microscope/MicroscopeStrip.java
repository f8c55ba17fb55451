package io.github.sedexplorer.ui.microscope;

import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.ui.microscope.MicroscopeViewModel.NodeRef;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The editor's compact microscope: under the cell, one small card per node with the channel mean (on the node's own
 * scale) and the local-entropy heat map (one scale) of the Microscope tab's measurement (the same view-model, so one
 * run serves both), and four numbers: the measured ½·ln v beside sed-flow's, ρ(1) and the correlation gap. It
 * follows every edit while it is open; collapsed, it measures nothing.
 */
public final class MicroscopeStrip extends TitledPane {

    /** A thumbnail's side on screen. */
    static final double SIDE = 46;

    private final MicroscopeViewModel vm;
    private final HBox cards = new HBox(8);
    private final Label status = new Label();
    /** The link to the tab, the status and the heat maps' scale, left of the cards (they stay in view as the cards scroll). */
    private final VBox side = new VBox(2);
    /** The heat maps' one scale, under the status. */
    private final Region heatBar = new Region();
    private final Label heatRange = new Label();
    private Consumer<NodeRef> onPick = n -> { };

    static final String HEADER = "The editor's cell run with random weights on random Gaussian maps (the Microscope tab's"
            + " settings). Per node: the mean over the C channels of seed 0's map, on the node's own diverging scale"
            + " (blue −, white 0, red +), so what is left of its structure shows; the local entropy per position on one"
            + " scale for all nodes (dark purple low · yellow high); the measured ½·ln v beside sed-flow's prediction;"
            + " ρ(1), the neighbour correlation; and the correlation gap, the measured local entropy less the 1-D value"
            + " s²·½·ln(2πe·v) at the measured v (0 for independent neighbours, below 0 as they come to agree)."
            + " The Microscope tab shows every channel, the spreads over the seeds and the scales' values.";

    /** @param openTab brings the Microscope tab to the front */
    public MicroscopeStrip(MicroscopeViewModel vm, Runnable openTab) {
        this.vm = vm;
        setText("Microscope: measured on random maps, not the reconstruction");
        setId("microscopeStrip");
        setExpanded(true);
        setMinWidth(0); // the cards scroll; they must not widen the editor past its split
        setMinHeight(USE_PREF_SIZE); // in a short window the cell gives way, not the cards
        Tooltip about = new Tooltip(HEADER);
        about.setWrapText(true);
        about.setMaxWidth(520);
        setTooltip(about);
        cards.setPadding(new Insets(2));
        cards.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(0);
        // the cards in full with the scroll bar under them; it only grows, so the cell above does not jump at each edit
        cards.heightProperty().addListener((o, a, h) -> {
            double want = h.doubleValue() + 22;
            if (want > scroll.getMinHeight()) {
                scroll.setMinHeight(want);
                scroll.setPrefHeight(want);
            }
        });
        Hyperlink open = new Hyperlink("Microscope tab ›");
        open.setId("openMicroscopeTab");
        open.setOnAction(e -> openTab.run());
        open.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("microscopeStripStatus");
        status.setWrapText(true);
        status.setMaxWidth(114);
        // three lines whatever it says ("Measuring…" is one, "Measured … in … ms" three): the strip keeps its height
        status.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #505050; -fx-min-height: 3.9em; -fx-pref-height: 3.9em; -fx-max-height: 3.9em;");
        status.textProperty().bind(vm.statusProperty());
        heatBar.setPrefSize(96, 8);
        heatBar.setMaxWidth(96);
        heatBar.setStyle("-fx-background-color: linear-gradient(to right, " + gradient() + ");");
        heatRange.setId("microscopeStripHeat");
        heatRange.setStyle("-fx-font-size: 0.8em; -fx-text-fill: #505050;");
        side.getChildren().addAll(open, status, heatBar, heatRange);
        side.setMinWidth(Region.USE_PREF_SIZE);
        side.setPadding(new Insets(0, 4, 0, 0));
        side.setMaxWidth(118);
        scroll.setPadding(new Insets(2));
        HBox body = new HBox(0, side, scroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        body.setMinWidth(0);
        setContent(body);
        vm.measurementProperty().addListener((o, a, m) -> draw());
        vm.markedProperty().addListener((o, a, m) -> restyle());
        draw();
    }

    private void draw() {
        Measurement m = vm.getMeasurement();
        if (m == null) {
            cards.getChildren().clear();
            return;
        }
        double[] heat = MicroscopeViewModel.heatScale(m);
        heatRange.setText("local H " + MicroscopeViewModel.num(heat[0]) + " … " + MicroscopeViewModel.num(heat[1]));
        cards.getChildren().setAll(m.nodes().stream().map(n -> card(n, MicroscopeViewModel.title(m, n), heat)).toList());
    }

    private Node card(NodeMeasure n, String name, double[] heat) {
        Label title = new Label(name);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 0.9em;");
        double scale = MicroscopeViewModel.ownScale(n.sample().channelMean());
        VBox numbers = new VBox(0);
        for (String line : MicroscopeViewModel.compact(n)) {
            Label l = new Label(line);
            l.setStyle("-fx-font-size: 0.85em;");
            numbers.getChildren().add(l);
        }
        HBox row = new HBox(3, Thumbs.thumb(null, Thumbs.diverging(n.sample().channelMean(), scale), SIDE, "microscopeMeanThumb"),
                Thumbs.thumb(null, Thumbs.heat(n.heat(), heat[0], heat[1]), SIDE, "microscopeHeatThumb"), numbers);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(2, title, row);
        card.setId("microscopeMini-" + n.cell() + "-" + n.node());
        card.getStyleClass().add("microscope-mini");
        card.setUserData(NodeRef.of(n));
        card.setOnMouseClicked(e -> onPick.accept(NodeRef.of(n)));
        card.setPadding(new Insets(2, 4, 2, 4));
        style(card);
        return card;
    }

    /** What a click on a node's card does (the editor selects the node). */
    public void setOnPick(Consumer<NodeRef> action) {
        onPick = action;
    }

    private void restyle() {
        for (Node c : cards.getChildren()) {
            style((Region) c);
        }
    }

    private void style(Region card) {
        MicroscopeStyle.card(card, card.getUserData().equals(vm.markedProperty().get()), 3);
    }

    /** The heat ramp as CSS gradient stops. */
    private static String gradient() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= 4; i++) {
            b.append(i == 0 ? "" : ", ").append(MapColours.hex(MapColours.ramp(i / 4.0))).append(' ').append(i * 25).append('%');
        }
        return b.toString();
    }
}

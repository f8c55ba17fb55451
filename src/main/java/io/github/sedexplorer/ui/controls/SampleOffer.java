package io.github.sedexplorer.ui.controls;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SampleTables;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A table tab while no table is loaded: instead of an empty view, a line on what the tab shows and a button that
 * loads the NB201 table embedded in the program ({@link SampleTables#nb201()}); the view itself once a table is in.
 */
public final class SampleOffer extends StackPane {

    public static final String BUTTON_TEXT = "Open the NB201 sample table";

    private final VBox offer;

    /**
     * @param view    the tab's view, shown once a table is loaded
     * @param id      the offer's id (its button's is {@code id + "Button"})
     * @param what    one line on what the tab shows, given a table
     * @param tables  the loaded tables
     * @param loading whether a table is loading (the button waits meanwhile)
     * @param open    loads the NB201 sample table
     */
    public SampleOffer(Node view, String id, String what, ObservableList<BenchmarkTable> tables, ObservableValue<Boolean> loading,
            Runnable open) {
        Label line = new Label(what);
        line.setWrapText(true);
        line.getStyleClass().add("section-title");
        Label how = new Label("No benchmark table is loaded. Open one with File → Open benchmark table… (or drop a CSV here), "
                + "or start with a table that ships with the program:");
        how.setWrapText(true);
        Button button = new Button(BUTTON_TEXT);
        button.setId(id + "Button");
        button.setDefaultButton(false);
        button.disableProperty().bind(loading);
        button.setOnAction(e -> open.run());
        SampleTables.Sample nb201 = SampleTables.nb201();
        Label holds = new Label(nb201.description() + " (" + nb201.licence() + "; Help → Third-party notices). "
                + "The other sample tables are under File → Open sample table.");
        holds.setWrapText(true);
        holds.getStyleClass().add("note");
        offer = new VBox(10, line, how, button, holds);
        offer.setId(id);
        offer.setMaxWidth(560);
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.setPadding(new Insets(24));
        BooleanBinding empty = Bindings.isEmpty(tables);
        offer.visibleProperty().bind(empty);
        offer.managedProperty().bind(empty);
        view.visibleProperty().bind(empty.not());
        view.managedProperty().bind(empty.not());
        StackPane.setAlignment(offer, Pos.CENTER);
        getChildren().addAll(view, offer);
    }

    /** Whether the offer is shown in place of the view. */
    public boolean offering() {
        return offer.isVisible();
    }
}

package io.github.sedexplorer.ui.controls;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * "Table [file (space) ▾] Close": which loaded table a tab shows, the same one in the Chart, Proxies and Table tabs
 * (the workspace's shown table), and a way to choose another or close it.
 */
public final class TableSelector extends HBox {

    private final ComboBox<BenchmarkTable> choice;

    /**
     * @param choiceId the chooser's id (each tab's own, so a lookup finds the one it means)
     * @param shown    the table shown; {@code show} and {@code close} change it
     */
    public TableSelector(String choiceId, String closeId, ObservableList<BenchmarkTable> tables, ObservableValue<BenchmarkTable> shown,
            Consumer<BenchmarkTable> show, Runnable close) {
        super(8);
        choice = new ComboBox<>(tables);
        choice.setId(choiceId);
        choice.setPrefWidth(320);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(BenchmarkTable t) {
                return TableWorkspace.title(t);
            }

            @Override
            public BenchmarkTable fromString(String s) {
                return null;
            }
        });
        choice.setValue(shown.getValue());
        choice.valueProperty().addListener((o, a, t) -> {
            if (t != null && t != shown.getValue()) {
                show.accept(t);
            }
        });
        shown.addListener((o, a, t) -> choice.setValue(t));
        choice.setTooltip(new Tooltip("The table shown here, in the Chart, Proxies and Table tabs alike"));
        Button closeButton = new Button("Close");
        closeButton.setId(closeId);
        closeButton.setTooltip(new Tooltip("Close this table (other loaded tables stay)"));
        closeButton.disableProperty().bind(choice.valueProperty().isNull());
        closeButton.setOnAction(e -> close.run());
        Label label = new Label("Table");
        label.setMinWidth(Control.USE_PREF_SIZE);
        closeButton.setMinWidth(Control.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, choice, closeButton);
    }

    /** The chooser, for tests. */
    public ComboBox<BenchmarkTable> choice() {
        return choice;
    }
}

package io.github.sedexplorer.ui;

import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.StatusBar;

/**
 * The status bar (ControlsFX {@link StatusBar}): the status line's message, a table load's progress with Cancel,
 * and where SED comes from.
 */
final class StatusBarView extends StatusBar {

    StatusBarView(StatusLine status, TableWorkspace workspace) {
        setId("status");
        setText("");
        Label message = new Label();
        message.setId("message");
        message.textProperty().bind(status.messageProperty());
        Tooltip whole = new Tooltip(); // a narrow window cuts the line short: the whole of it on hover
        whole.textProperty().bind(status.messageProperty());
        message.setTooltip(whole);
        status.isErrorProperty().addListener((o, a, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        setGraphic(message);
        // the bar shows while its progress is not 0: only while a table loads (−1 until the reader reports)
        progressProperty().bind(Bindings.when(workspace.loadingProperty()).then(workspace.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel");
        cancel.setId("loadCancel");
        cancel.setOnAction(e -> workspace.cancel());
        cancel.visibleProperty().bind(workspace.loadingProperty());
        cancel.managedProperty().bind(workspace.loadingProperty());
        Label provenance = new Label(SedModels.PROVENANCE);
        provenance.getStyleClass().add("note");
        getLeftItems().add(cancel);
        getRightItems().add(provenance);
    }
}

package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.sed.SedModels;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The desktop window: the default sample cell drawn in the centre, its SED on the right. */
public class SedExplorerApp extends Application {

    /** NB201 API index 9930: the best CIFAR-100 cell (data-formats.md §1). */
    public static final String DEFAULT_ARCH =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    @Override
    public void start(Stage stage) {
        Architecture arch = Architecture.of(Nb201ArchString.parse(DEFAULT_ARCH));
        BorderPane root = new BorderPane();
        root.setTop(menuBar(stage));
        CellView view = new CellView(arch.cell());
        root.setCenter(view);
        root.setRight(new SedPanel(arch));
        Label status = new Label(SedModels.PROVENANCE);
        status.setId("status");
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(getClass().getResource("sed-explorer.css").toExternalForm());
        stage.setTitle("SED Explorer — " + Nb201ArchString.format(arch.cell()));
        stage.setScene(scene);
        stage.show();
    }

    private MenuBar menuBar(Stage stage) {
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> Platform.exit());
        MenuItem about = new MenuItem("About SED Explorer");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.initOwner(stage);
            a.setTitle("About SED Explorer");
            a.setHeaderText("SED Explorer 0.1.0");
            a.setContentText("Scores neural-network cells from their topology alone.\n\n" + SedModels.PROVENANCE
                    + ".\nThe reconstruction is documented in the README; the paper's own equations "
                    + "were not available.");
            a.showAndWait();
        });
        return new MenuBar(new Menu("File", null, quit), new Menu("Help", null, about));
    }
}

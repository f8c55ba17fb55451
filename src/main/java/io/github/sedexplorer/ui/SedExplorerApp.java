package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop window: a sample cell drawn in the centre, its SED on the right. */
public class SedExplorerApp extends Application {

    private final BorderPane root = new BorderPane();
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        root.setTop(menuBar());
        Label status = new Label(SedModels.PROVENANCE);
        status.setId("status");
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        show(Samples.load(Samples.DEFAULT));
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(getClass().getResource("sed-explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Shows a document: its cells (DARTS: normal above reduce) and their scores. */
    void show(CellDocument doc) {
        Architecture arch = doc.architecture();
        VBox cells = new VBox();
        for (int i = 0; i < arch.cells().size(); i++) {
            CellView view = new CellView(arch.cells().get(i));
            if (arch.cells().size() > 1) {
                Label name = new Label(arch.cellName(i) + " cell");
                name.getStyleClass().add("panel-title");
                cells.getChildren().add(name);
            }
            cells.getChildren().add(view);
            VBox.setVgrow(view, Priority.ALWAYS);
        }
        ScrollPane scroll = new ScrollPane(cells);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(arch.cells().size() == 1);
        root.setCenter(scroll);
        root.setRight(new SedPanel(doc));
        stage.setTitle("SED Explorer — " + doc.title());
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> Platform.exit());
        Menu samples = new Menu("Samples");
        for (String file : Samples.FILES) {
            MenuItem item = new MenuItem(file.replace(".json", ""));
            item.setOnAction(e -> show(Samples.load(file)));
            samples.getItems().add(item);
        }
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
        return new MenuBar(new Menu("File", null, quit), samples, new Menu("Help", null, about));
    }
}

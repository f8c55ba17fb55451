package io.github.sedexplorer.ui.dialogs;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A help window beside the main one: not modal, so the user can keep it open while working, and in the main
 * window's style (its stylesheets and its text size, see View → Larger text).
 */
final class HelpWindow {

    private HelpWindow() {
    }

    /** @param id the id of the window's scrolling root, for tests */
    static Stage show(Window owner, String title, String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help");
        Scene scene = new Scene(scroll, 720, 600);
        Stage stage = new Stage();
        if (owner != null && owner.getScene() != null) {
            Parent main = owner.getScene().getRoot();
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            scroll.setStyle(main.getStyle());
            stage.initOwner(owner);
        }
        scene.getStylesheets().add(HelpWindow.class.getResource("help.css").toExternalForm());
        stage.setTitle(title + " — SED Explorer");
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

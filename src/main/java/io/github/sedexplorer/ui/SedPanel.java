package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The right-hand panel: the cell's score under each model at the space's default C, and its weights. */
final class SedPanel extends VBox {

    SedPanel(CellDocument doc) {
        super(8);
        Architecture arch = doc.architecture();
        setPadding(new Insets(16));
        setPrefWidth(280);
        getStyleClass().add("sed-panel");
        int c = arch.space().defaultChannels();
        Label title = new Label("SED");
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, new Label(arch.space().displayName() + ", C = " + c));
        for (String id : SedModels.ids()) {
            SedModel m = SedModels.create(id, c);
            Label score = new Label(id + ":  " + format(m.score(arch)));
            score.setId("score-" + id);
            score.getStyleClass().add("score");
            getChildren().add(score);
        }
        Label params = new Label(String.format(Locale.ROOT, "params: %,d weights", ParamCount.of(arch, c)));
        params.setId("params");
        Label note = new Label("SED as reconstructed from the paper's theory (arXiv 2411.06236).");
        note.setWrapText(true);
        note.getStyleClass().add("note");
        Label notes = new Label(doc.notes());
        notes.setWrapText(true);
        notes.setId("notes");
        getChildren().addAll(params, notes, note);
    }

    static String format(double score) {
        return SedModel.connected(score) ? String.format(Locale.ROOT, "%.6f", score) : "disconnected";
    }
}

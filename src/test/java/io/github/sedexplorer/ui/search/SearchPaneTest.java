package io.github.sedexplorer.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.StatusLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Search tab as drawn: what its buttons allow, the samples field, the scores' width, the curve and the CSV. */
@GuiTest
class SearchPaneTest {

    private final FakeDialogs dialogs = new FakeDialogs();
    private SearchPane pane;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's fonts and padding
        ObjectProperty<CellDocument> document = new SimpleObjectProperty<>(new CellDocument(
                Architecture.of(Nb201ArchString.parse(SearchViewModelTest.CELL_9930)), null, "", ""));
        ObjectProperty<SedModel> model = new SimpleObjectProperty<>(SedModels.create("sed-path", 16));
        StatusLine status = new StatusLine();
        SearchViewModel vm = new SearchViewModel(document, model, new SimpleObjectProperty<BenchmarkTable>(),
                new SimpleStringProperty("cifar10_acc"), (t, a) -> -1, LatestWins.direct(status));
        pane = new SearchPane(vm, new FileExport(dialogs, status));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void openBestAndExportWaitForResultsThenScoresShowWhole(FxRobot robot) throws Exception {
        assertTrue(disabled(robot, "#searchOpenBest"), "nothing to open yet");
        assertTrue(disabled(robot, "#searchExportCsv"));
        List<CellDocument> opened = new ArrayList<>();
        robot.interact(() -> pane.setOnOpen(opened::add));
        robot.clickOn("#searchRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(disabled(robot, "#searchOpenBest"));
        assertEquals("15,625 evaluated", robot.lookup("#searchEvaluated").queryAs(Label.class).getText());
        assertTrue(pane.curve().points() >= 2, "the best-so-far curve is drawn");
        robot.clickOn("#searchOpenBest");
        assertEquals(List.of(pane.viewModel().best().orElseThrow().architecture()),
                opened.stream().map(CellDocument::architecture).toList());

        int scores = 0;
        int drawn = 0;
        for (Node n : robot.lookup(".table-cell").queryAll()) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && "searchScore".equals(cell.getTableColumn().getId()) && cell.getText() != null) {
                scores++;
                for (Node t : cell.lookupAll(".text")) {
                    if (t instanceof Text text) {
                        drawn++;
                        assertEquals(cell.getText(), text.getText(), "the score is drawn whole, not cut");
                    }
                }
                assertTrue(cell.getTooltip().getText().startsWith(cell.getText().substring(0, 5)), "every digit in the tooltip");
            }
        }
        assertTrue(scores > 5 && drawn >= scores, "score cells seen: " + scores + ", texts: " + drawn);

        Path csv = dir.resolve("results.csv");
        dialogs.files.add(csv);
        robot.clickOn("#searchExportCsv");
        assertTrue(Files.readString(csv).startsWith("rank,score,params,arch,isomorphs\r\n1,19.87925"));
    }

    @Test
    void samplesAboveTheMaximumStayAsTypedAndAreRefused(FxRobot robot) {
        TextField samples = robot.lookup("#searchSamples").queryAs(TextField.class);
        assertTrue(samples.isDisabled(), "exhaustive search takes no samples");
        robot.interact(() -> pane.viewModel().algorithmProperty().set("evolution"));
        assertFalse(samples.isDisabled());
        robot.interact(() -> samples.setText("5000000"));
        robot.clickOn("#searchRun");
        assertEquals("5000000", samples.getText(), "not clamped");
        assertEquals("Samples: 5000000 is above the maximum of 1,000,000 evaluations; nothing ran",
                robot.lookup("#searchStatus").queryAs(Label.class).getText());
        assertTrue(disabled(robot, "#searchOpenBest"));
    }
}

package io.github.sedexplorer.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.SharedTables;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.tables.TableWorkspace;
import io.github.sedexplorer.ui.tables.Workspaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@GuiTest
class BenchmarkTableViewTest {

    private final Workspaces tables = new Workspaces();
    private BenchmarkTableView view;

    @Start
    void start(Stage stage) {
        view = new BenchmarkTableView(new TableViewModel(tables.workspace, new SimpleStringProperty("sed-path"), tables.direct(), tables.status));
        stage.setScene(new Scene(view, 1300, 360));
        // TestFX reuses one stage: an earlier test may have left it maximised or resized
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#benchTable").queryAs(TableView.class);
    }

    private String count(FxRobot robot) {
        return robot.lookup("#benchCount").queryAs(Label.class).getText();
    }

    private BenchmarkTable load(FxRobot robot, Path dir) throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        robot.interact(() -> tables.workspace.add(t));
        return t;
    }

    private void sortBy(FxRobot robot, String header, TableColumn.SortType type) {
        TableView<Integer> t = table(robot);
        TableColumn<Integer, ?> c = t.getColumns().stream().filter(x -> x.getText().equals(header)).findFirst().orElseThrow();
        robot.interact(() -> {
            c.setSortType(type);
            t.getSortOrder().setAll(c);
        });
    }

    private List<String> shownTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#benchTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(s -> s != null).toList();
    }

    @Test
    void showsColumnsAndSortsNumbersByValue(FxRobot robot, @TempDir Path dir) throws Exception {
        load(robot, dir);
        TableView<Integer> t = table(robot);
        assertEquals(List.of("row", "arch", "sed-path", "cifar10_acc", "params", "synflow"),
                t.getColumns().stream().map(TableColumn::getText).toList(), "the score, the target and the proxies first");
        assertEquals("5 of 5 rows", count(robot));
        assertEquals(List.of(0, 1, 2, 3, 4), List.copyOf(t.getItems()));
        sortBy(robot, "params", TableColumn.SortType.ASCENDING);
        // 2 < 9.5 < 10.25 < 33 < 100, not the string order
        assertEquals(List.of(1, 0, 4, 3, 2), List.copyOf(t.getItems()));
        sortBy(robot, "synflow", TableColumn.SortType.DESCENDING);
        assertEquals(List.of(0, 3, 2, 4, 1), List.copyOf(t.getItems()), "the missing value last");
        List<String> texts = shownTexts(robot);
        assertTrue(texts.containsAll(List.of("9.500", "100.000", "n/a", "90.125", "line 2", BenchFixtures.POOL)), texts.toString());
    }

    @Test
    void searchFiltersOnEveryTermAndCounts(FxRobot robot, @TempDir Path dir) throws Exception {
        load(robot, dir);
        TableView<Integer> t = table(robot);
        TextField search = robot.lookup("#benchSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("AVG_POOL_3x3"));
        assertEquals(List.of(2, 3, 4), List.copyOf(t.getItems()));
        assertEquals("3 of 5 rows", count(robot));
        robot.interact(() -> search.setText("  avg_pool_3x3~0   skip_connect~2 "));
        assertEquals(List.of(2), List.copyOf(t.getItems()));
        assertEquals("1 of 5 rows", count(robot));
        robot.interact(() -> search.setText("none~1 conv"));
        assertEquals(List.of(3), List.copyOf(t.getItems()));
        robot.interact(() -> search.setText("sep_conv"));
        assertEquals("0 of 5 rows", count(robot));
        robot.interact(() -> search.setText(""));
        assertEquals("5 of 5 rows", count(robot));
    }

    @Test
    void clickOrEnterOpensTheTableRow(FxRobot robot, @TempDir Path dir) throws Exception {
        load(robot, dir);
        List<Integer> opened = new ArrayList<>();
        view.setOnOpenRow(opened::add);
        sortBy(robot, "params", TableColumn.SortType.DESCENDING);  // shown: 2, 3, 4, 0, 1
        robot.interact(() -> robot.lookup("#benchSearch").queryAs(TextField.class).setText("~0|+"));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> second = robot.lookup("#benchTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(second);
        assertEquals(List.of(3), opened);
        assertEquals(3, table(robot).getSelectionModel().getSelectedItem(), "the clicked row is selected");
        assertEquals("Selected line 5 of small-nb201.csv: " + BenchFixtures.MIXED, tables.status.message(), "and the status line says so");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(List.of(3, 4), opened);
    }

    @Test
    void scoreColumnShowsDisconnectedAndSortsItLowest(FxRobot robot, @TempDir Path dir) throws Exception {
        BenchmarkTable t = load(robot, dir);
        // the editor's model at the editor's C: the table is of the editor's space
        double[] sed = Proxy.sed(SedModels.create("sed-path", 16)).scores(t);
        assertEquals(Double.NEGATIVE_INFINITY, sed[1], "the all-none cell is disconnected");
        List<Integer> ascending = IntStream.range(0, sed.length).boxed().sorted(Comparator.comparingDouble(i -> sed[i])).toList();
        sortBy(robot, "sed-path", TableColumn.SortType.ASCENDING);
        assertEquals(ascending, List.copyOf(table(robot).getItems()));
        assertEquals(1, table(robot).getItems().get(0), "disconnected sorts lowest");
        sortBy(robot, "sed-path", TableColumn.SortType.DESCENDING);
        List<Integer> descending = IntStream.range(0, sed.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> sed[i]).reversed()).toList();
        assertEquals(descending, List.copyOf(table(robot).getItems()));
        List<String> texts = shownTexts(robot);
        String highest = String.format(Locale.ROOT, "%.3f", sed[ascending.get(4)]);
        assertTrue(texts.containsAll(List.of("disconnected", highest)), texts.toString());
        assertTrue(robot.lookup(".table-cell.disconnected").tryQuery().isPresent());
        Path png = BenchFixtures.snapshot(view, "benchmark-table.png");
        assertTrue(Files.size(png) > 3_000);
    }

    @Test
    void realLandscapeTable(FxRobot robot) throws Exception {
        BenchmarkTable t = SharedTables.of("nb201-nats-landscape.csv");
        robot.interact(() -> tables.workspace.add(t));
        assertEquals(15_625, table(robot).getItems().size());
        assertEquals("15,625 of 15,625 rows", count(robot));
        assertEquals("nb201-nats-landscape.csv (NAS-Bench-201)", robot.lookup("#benchTableChoice").queryAs(ComboBox.class).getValue() == t
                ? TableWorkspace.title(t) : "another table", "the tab names the table it shows");
        // the items are the row numbers in table order, not copies of the rows
        assertEquals(15_624, table(robot).getItems().get(15_624));
        // virtualised: the view makes cells for the rows it shows (about a screen's worth), not for 15,625 rows
        WaitForAsyncUtils.waitForFxEvents();
        int rowCells = robot.lookup("#benchTable .table-row-cell").queryAll().size();
        assertTrue(rowCells > 0 && rowCells < 60, rowCells + " row cells for 15,625 rows");
        TextField search = robot.lookup("#benchSearch").queryAs(TextField.class);
        // an avg pool on any of the three edges out of node 0: 1 - (4/5)^3 of 15,625
        robot.interact(() -> search.setText("avg_pool_3x3~0"));
        assertEquals(7_625, table(robot).getItems().size());
        // on the first edge only: a fifth
        robot.interact(() -> search.setText("|avg_pool_3x3~0|+"));
        assertEquals(3_125, table(robot).getItems().size());
        assertEquals("3,125 of 15,625 rows", count(robot));
        sortBy(robot, "CIFAR10TestAccuracy200Epochs", TableColumn.SortType.DESCENDING);
        BenchFixtures.snapshot(view, "benchmark-table-landscape.png");
    }
}

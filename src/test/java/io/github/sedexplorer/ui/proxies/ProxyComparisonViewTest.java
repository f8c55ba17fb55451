package io.github.sedexplorer.ui.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.table.BenchFixtures;
import io.github.sedexplorer.ui.tables.Workspaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@GuiTest
class ProxyComparisonViewTest {

    private final Workspaces tables = new Workspaces();
    private final ProxiesViewModel vm = new ProxiesViewModel(tables.workspace, tables.direct());
    private ProxyComparisonView view;

    @Start
    void start(Stage stage) {
        view = new ProxyComparisonView(vm, new FileExport(Workspaces.NO_DIALOGS, tables.status));
        stage.setScene(new Scene(view, 900, 320));
        // TestFX reuses one stage: an earlier test may have left it maximised or resized
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    private static Result result(String proxy, String target, int n, double tau, double rho, double r, double topK) {
        return new Result(proxy, target, new Correlation(n, 5 - n, tau, rho, r, topK, 10));
    }

    private static final List<Result> FIXED = List.of(
            result("params", "acc", 5, 0.2, 0.3, 0.35, 0.5),
            result("synflow", "acc", 4, 0.6666666666666666, 0.8, 0.9, 1.0),
            result("sed-path", "acc", 5, 0.6666666666666666, 0.7, Double.NaN, 1.0),
            result("flops, \"fwd\"", "acc", 5, -0.1, Double.NaN, -0.25, 0.0),
            result("params", "c100", 5, 1e-7, 0.05, 0.1, 0.0));

    @SuppressWarnings("unchecked")
    private TableView<Result> table(FxRobot robot) {
        return robot.lookup("#comparisonTable").queryAs(TableView.class);
    }

    @Test
    void sortsEveryNumericColumnByValue(FxRobot robot) {
        robot.interact(() -> view.setResults(FIXED));
        TableView<Result> t = table(robot);
        TableColumn<Result, ?> tau = t.getColumns().get(4);
        assertEquals("τ (Kendall)", tau.getText());
        robot.interact(() -> {
            tau.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(tau);
        });
        assertEquals(List.of(0.6666666666666666, 0.6666666666666666, 0.2, 1e-7, -0.1),
                t.getItems().stream().map(r -> r.stats().kendall()).toList());
        TableColumn<Result, ?> rho = t.getColumns().get(5);
        robot.interact(() -> {
            rho.setSortType(TableColumn.SortType.ASCENDING);
            t.getSortOrder().setAll(rho);
        });
        // NaN (shown n/a) sorts below every number
        assertEquals("flops, \"fwd\"", t.getItems().get(0).proxy());
        assertEquals(List.of(0.05, 0.3, 0.7, 0.8), t.getItems().stream().skip(1).map(r -> r.stats().spearman()).toList());
        TableColumn<Result, ?> n = t.getColumns().get(3);
        robot.interact(() -> t.getSortOrder().setAll(n));
        assertEquals("synflow", t.getItems().get(0).proxy());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertTrue(shown.contains("n/a") && shown.contains("0.667") && shown.contains("0.000"), shown.toString());
        assertEquals("top-10%", t.getColumns().get(7).getText());
    }

    @Test
    void highlightsTheBestProxyPerTargetWithTies(FxRobot robot) {
        robot.interact(() -> view.setResults(FIXED));
        assertTrue(view.isBest(FIXED.get(1)));
        assertTrue(view.isBest(FIXED.get(2)), "a tie on τ: both are best");
        assertFalse(view.isBest(FIXED.get(0)));
        assertFalse(view.isBest(FIXED.get(3)));
        assertTrue(view.isBest(FIXED.get(4)), "the only proxy of its target");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> bestShown = new ArrayList<>();
        for (var node : robot.lookup(".table-row-cell").queryAll()) {
            TableRow<?> row = (TableRow<?>) node;
            if (row.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("best"))) {
                Result r = (Result) row.getItem();
                bestShown.add(r.proxy() + "/" + r.target());
            }
        }
        bestShown.sort(null);
        assertEquals(List.of("params/c100", "sed-path/acc", "synflow/acc"), bestShown);
    }

    @Test
    void csvIsExactAndFollowsTheTableOrder(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> view.setResults(FIXED));
        String expected = "proxy,target,n,kendall,spearman,pearson,topk,skipped\r\n"
                + "params,acc,5,0.2,0.3,0.35,0.5,0\r\n"
                + "synflow,acc,4,0.6666666666666666,0.8,0.9,1,1\r\n"
                + "sed-path,acc,5,0.6666666666666666,0.7,,1,0\r\n"
                + "\"flops, \"\"fwd\"\"\",acc,5,-0.1,,-0.25,0,0\r\n"
                + "params,c100,5,0.0000001,0.05,0.1,0,0\r\n";
        assertEquals(expected, view.toCsv());
        Path file = dir.resolve("out.csv");
        robot.interact(() -> view.writeCsv(file));
        assertEquals(expected, Files.readString(file));
        assertTrue(robot.lookup("#comparisonCaption").queryAs(Label.class).getText().contains("tau-b"));
    }

    @Test
    void comparesARealSmallTableAndSnapshots(FxRobot robot, @TempDir Path dir) throws Exception {
        BenchmarkTable table = BenchFixtures.table(dir);
        List<String> targets = ProxyComparison.accuracyColumns(table);
        assertEquals(List.of("cifar10_acc"), targets);
        List<Proxy> proxies = new ArrayList<>(ProxyComparison.columnProxies(table, targets));
        proxies.add(0, Proxy.sed(SedModels.create("sed-path", 16)));
        List<Result> results = ProxyComparison.compare(table, proxies, targets, 40);
        robot.interact(() -> view.setResults(results));
        assertEquals(3, table(robot).getItems().size());
        long best = results.stream().filter(view::isBest).count();
        assertTrue(best >= 1);
        Path png = BenchFixtures.snapshot(view, "proxy-comparison.png");
        robot.interact(() -> view.setResults(FIXED));
        Path png2 = BenchFixtures.snapshot(view, "proxy-comparison-ties.png");
        assertTrue(Files.size(png) > 3_000 && Files.size(png2) > 3_000);
    }

    @Test
    void theCheckListChoosesTheProxiesCompared(FxRobot robot, @TempDir Path dir) throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        robot.interact(() -> tables.workspace.add(t));
        @SuppressWarnings("unchecked")
        CheckListView<String> compared = robot.lookup("#comparedProxies").queryAs(CheckListView.class);
        List<String> all = List.of("sed-path", "sed-flow", "live-conv", "params", "synflow");
        assertEquals(List.of("sed-path", "sed-flow", "sed-local-mc", "live-conv", "params", "synflow"), compared.getItems());
        assertEquals(all, compared.getCheckModel().getCheckedItems(), "every proxy is compared at first, the measured one aside");
        assertEquals(5, table(robot).getItems().size());
        robot.interact(() -> compared.getCheckModel().clearCheck("synflow"));
        assertFalse(vm.isCompared("synflow"));
        assertEquals(4, table(robot).getItems().size());
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.stats().n() == 5), "without synflow every row is shared");
        // another table: the choice stays, the list follows
        BenchmarkTable again = BenchFixtures.table(Files.createDirectory(dir.resolve("again")));
        robot.interact(() -> tables.workspace.add(again));
        assertEquals(List.of("sed-path", "sed-flow", "live-conv", "params"), compared.getCheckModel().getCheckedItems());
        robot.interact(() -> compared.getCheckModel().check("synflow"));
        assertEquals(5, table(robot).getItems().size());
        assertEquals("Every target: n = 4 rows where every proxy has a value; 1 row lacks synflow.",
                robot.lookup("#rowsNote").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#measuredNote").queryAs(Label.class).getText());
        robot.interact(() -> compared.getCheckModel().check("sed-local-mc"));
        assertTrue(vm.isCompared("sed-local-mc"));
        assertEquals(6, table(robot).getItems().size());
        TableView<Result> shown = table(robot);
        int row = shown.getItems().stream().map(Result::proxy).toList().indexOf("sed-local-mc");
        assertEquals("sed-local-mc (measured)", shown.getColumns().get(0).getCellData(row));
        assertTrue(robot.lookup("#measuredNote").queryAs(Label.class).getText().startsWith("sed-local-mc: measured"));
        assertTrue(robot.lookup("#measuredNote").queryAs(Label.class).getText().endsWith("not the reconstruction"));
    }

    @Test
    void theTabNamesItsTableAndItsSelectorIsTheWorkspaces(FxRobot robot, @TempDir Path dir) throws Exception {
        BenchmarkTable a = BenchFixtures.table(dir);
        BenchmarkTable b = TableReader.read(Files.writeString(dir.resolve("other.csv"), "arch,acc\n" + BenchFixtures.CONV + ",1\n"
                + BenchFixtures.POOL + ",2\n"));
        robot.interact(() -> {
            tables.workspace.add(a);
            tables.workspace.add(b);
        });
        @SuppressWarnings("unchecked")
        ComboBox<BenchmarkTable> choice = robot.lookup("#proxiesTable").queryAs(ComboBox.class);
        assertSame(b, choice.getValue(), "the last loaded, shown everywhere");
        assertEquals("other.csv (NAS-Bench-201)", choice.getConverter().toString(choice.getValue()));
        robot.interact(() -> choice.setValue(a));
        assertSame(a, tables.workspace.shown(), "choosing here shows it in every tab");
        assertSame(a, vm.comparisonProperty().get().table());
        robot.interact(() -> tables.workspace.show(b));
        assertSame(b, choice.getValue(), "and a choice elsewhere shows here");
        robot.clickOn("#proxiesCloseTable");
        assertEquals(List.of(a), List.copyOf(tables.workspace.tables()));
    }
}

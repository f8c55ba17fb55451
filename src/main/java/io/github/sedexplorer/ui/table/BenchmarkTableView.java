package io.github.sedexplorer.ui.table;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.controls.NumberCells;
import io.github.sedexplorer.ui.controls.TableSelector;
import io.github.sedexplorer.ui.table.TableViewModel.TableRows;

import java.util.AbstractList;
import java.util.Locale;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A loaded benchmark table: one line per architecture with its metrics and the editor's model's scores, searchable
 * by architecture text and sortable by any column. The table's items are row indices; cells read the table's
 * columns, so 15,625 rows cost 15,625 boxed indices and nothing else. A passive view of {@link TableViewModel}: the
 * scores and the search's matches are computed there, off the FX thread.
 */
public final class BenchmarkTableView extends VBox {

    private final TableViewModel vm;
    private final TableView<Integer> view = new TableView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private BenchmarkTable table;
    private TableColumn<Integer, Number> scoreColumn;
    private IntConsumer onOpenRow = row -> { };
    /** The shown rows' names, by table row index. */
    private String[] names;

    public BenchmarkTableView(TableViewModel vm) {
        this.vm = vm;
        getStyleClass().add("benchmark-table");
        getStylesheets().add(BenchmarkTableView.class.getResource("/io/github/sedexplorer/ui/controls/bench.css").toExternalForm());
        view.setId("benchTable");
        view.setPlaceholder(new Label("No rows"));
        view.setRowFactory(t -> {
            TableRow<Integer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty() && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            return row;
        });
        view.setOnKeyPressed(e -> {
            Integer selected = view.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open(selected);
                e.consume();
            }
        });
        VBox.setVgrow(view, Priority.ALWAYS);

        search.setId("benchSearch");
        search.setPromptText("Search rows: any architecture text, text column or API index (space-separated terms, all must match)");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        count.setId("benchCount");
        count.setMinWidth(Label.USE_PREF_SIZE);
        TableSelector selector = new TableSelector("benchTableChoice", "benchCloseTable", vm.tables(), vm.tableProperty(), vm::show, vm::close);
        HBox bar = new HBox(8, selector, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(bar, view);
        vm.rowsProperty().addListener((o, before, now) -> show(before, now));
        show(null, vm.rows());
    }

    /** Shows what the view-model published: new columns for another table or score column, else only other rows. */
    private void show(TableRows before, TableRows now) {
        if (now == null) {
            table = null;
            scoreColumn = null;
            view.getColumns().clear();
            view.setItems(FXCollections.observableArrayList());
            count(0, 0);
            return;
        }
        if (before == null || before.table() != now.table()) {
            columns(now.table());
        }
        names = now.names();
        if (scoreColumn == null || before.scores() != now.scores() || !before.scoreName().equals(now.scoreName())) {
            int at = scoreColumn == null ? 2 : view.getColumns().indexOf(scoreColumn);
            view.getColumns().remove(scoreColumn);
            scoreColumn = numberColumn(now.scoreName(), now.scores(), "disconnected");
            view.getColumns().add(Math.min(at, view.getColumns().size()), scoreColumn); // right after the architecture
        }
        SortedList<Integer> sorted = new SortedList<>(FXCollections.observableList(new Indices(now.rows())));
        sorted.comparatorProperty().bind(view.comparatorProperty());
        view.setItems(sorted);
        count(now.rows().length, now.table().rows());
    }

    private void count(int shown, int all) {
        count.setText(String.format(Locale.ROOT, "%,d of %,d rows", shown, all));
    }

    /** Opens a clicked row as a chart click opens a point, and has the view-model say which row it is. */
    private void open(int row) {
        onOpenRow.accept(row);
        vm.select(row);
    }

    /**
     * The table's own columns: the row's name, architecture, the targets and proxies ({@link TableViewModel#metricOrder}),
     * then the text columns; the score column goes in after the architecture.
     */
    private void columns(BenchmarkTable t) {
        table = t;
        scoreColumn = null;
        view.getSortOrder().clear();
        view.getColumns().clear();
        // the row's name, sorted in file order
        TableColumn<Integer, Integer> number = new TableColumn<>("row");
        number.setId("benchRowName");
        number.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        number.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null || names == null ? null : names[row]);
            }
        });
        number.setPrefWidth(t.space() == SearchSpace.TRANSNAS_MICRO ? 150 : 110);
        TableColumn<Integer, String> arch = new TableColumn<>(t.archColumn());
        arch.setCellValueFactory(d -> new ReadOnlyStringWrapper(t.archText(d.getValue())));
        arch.setPrefWidth(archWidth(t));
        view.getColumns().add(number);
        view.getColumns().add(arch);
        for (String name : TableViewModel.metricOrder(t)) {
            view.getColumns().add(numberColumn(name, t.metric(name), "−∞"));
        }
        for (String name : t.textNames()) {
            TableColumn<Integer, String> text = new TableColumn<>(name);
            text.setCellValueFactory(d -> new ReadOnlyStringWrapper(t.text(name, d.getValue())));
            text.setPrefWidth(220);
            view.getColumns().add(text);
        }
    }

    /** The table shown, or null. */
    public BenchmarkTable table() {
        return table;
    }

    /** Called with the table row index when a row is clicked or Enter is pressed on it. */
    public void setOnOpenRow(IntConsumer action) {
        onOpenRow = action == null ? row -> { } : action;
    }

    /** Rows shown after the search, in display order, as table row indices. */
    public ObservableList<Integer> shownRows() {
        return view.getItems();
    }

    private TableColumn<Integer, Number> numberColumn(String name, double[] values, String negInf) {
        TableColumn<Integer, Number> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(values[d.getValue()]));
        c.setCellFactory(NumberCells.cells(negInf));
        c.setComparator(NumberCells.ORDER);
        // room for the header, its sort arrow and "disconnected"
        Text header = new Text(name);
        header.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        c.setPrefWidth(Math.max(108, header.getLayoutBounds().getWidth() + 44));
        return c;
    }

    /** Wide enough for the longest of the first rows' architecture texts, within reason. */
    private static double archWidth(BenchmarkTable table) {
        String longest = table.archColumn();
        for (int i = 0; i < Math.min(table.rows(), 200); i++) {
            if (table.archText(i).length() > longest.length()) {
                longest = table.archText(i);
            }
        }
        return Math.min(900, new Text(longest).getLayoutBounds().getWidth() + 30);
    }

    /** The matching rows as a list, without boxing them all. */
    private static final class Indices extends AbstractList<Integer> {
        private final int[] rows;

        Indices(int[] rows) {
            this.rows = rows;
        }

        @Override
        public Integer get(int i) {
            return rows[i];
        }

        @Override
        public int size() {
            return rows.length;
        }
    }
}

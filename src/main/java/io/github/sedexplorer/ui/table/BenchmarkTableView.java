package io.github.sedexplorer.ui.table;

import io.github.sedexplorer.ui.controls.NumberCells;

import io.github.sedexplorer.bench.BenchmarkTable;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A loaded benchmark table: one line per architecture with its metrics, searchable by architecture
 * text and sortable by any column. The table's items are row indices; cells read the table's
 * columns, so 15,625 rows cost 15,625 boxed indices and nothing else.
 */
public final class BenchmarkTableView extends VBox {

    private final TableView<Integer> view = new TableView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private BenchmarkTable table;
    private String[] lowerArchTexts = new String[0];
    private FilteredList<Integer> filtered = new FilteredList<>(FXCollections.observableArrayList());
    private IntConsumer onOpenRow = row -> { };

    public BenchmarkTableView() {
        getStyleClass().add("benchmark-table");
        getStylesheets().add(BenchmarkTableView.class.getResource("/io/github/sedexplorer/ui/controls/bench.css").toExternalForm());
        view.setId("benchTable");
        view.setPlaceholder(new Label("No rows"));
        view.setRowFactory(t -> {
            TableRow<Integer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty() && row.getItem() != null) {
                    onOpenRow.accept(row.getItem());
                }
            });
            return row;
        });
        view.setOnKeyPressed(e -> {
            Integer selected = view.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpenRow.accept(selected);
                e.consume();
            }
        });
        VBox.setVgrow(view, Priority.ALWAYS);

        search.setId("benchSearch");
        search.setPromptText("Search architectures (space-separated terms, all must match)");
        search.textProperty().addListener((o, was, now) -> applySearch());
        HBox.setHgrow(search, Priority.ALWAYS);
        count.setId("benchCount");
        count.setMinWidth(Label.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(bar, view);
        updateCount();
    }

    /** Shows this table (replacing the columns and any score columns added before). */
    public void setTable(BenchmarkTable table) {
        this.table = table;
        if (table == null) {
            view.getColumns().clear();
            view.setItems(FXCollections.observableArrayList());
            filtered = new FilteredList<>(FXCollections.observableArrayList());
            updateCount();
            return;
        }
        int rows = table.rows();
        lowerArchTexts = new String[rows];
        for (int i = 0; i < rows; i++) {
            lowerArchTexts[i] = table.archText(i).toLowerCase(Locale.ROOT);
        }
        view.getSortOrder().clear();
        view.getColumns().clear();
        TableColumn<Integer, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() + 1));
        number.setCellFactory(NumberCells.cells("−∞"));
        number.setComparator(NumberCells.ORDER);
        number.setPrefWidth(64);
        TableColumn<Integer, String> arch = new TableColumn<>(table.archColumn());
        arch.setCellValueFactory(d -> new ReadOnlyStringWrapper(table.archText(d.getValue())));
        arch.setPrefWidth(archWidth(table));
        view.getColumns().add(number);
        view.getColumns().add(arch);
        for (String name : table.metricNames()) {
            view.getColumns().add(numberColumn(name, table.metric(name), "−∞"));
        }
        for (String name : table.textNames()) {
            TableColumn<Integer, String> text = new TableColumn<>(name);
            text.setCellValueFactory(d -> new ReadOnlyStringWrapper(table.text(name, d.getValue())));
            text.setPrefWidth(220);
            view.getColumns().add(text);
        }
        filtered = new FilteredList<>(FXCollections.observableList(new Indices(rows)));
        filtered.addListener((ListChangeListener<Integer>) c -> updateCount());
        SortedList<Integer> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(view.comparatorProperty());
        view.setItems(sorted);
        applySearch();
    }

    public BenchmarkTable table() {
        return table;
    }

    /**
     * Adds a numeric column, one value per table row (e.g. a SED score): −∞ reads "disconnected" and
     * sorts below every number; NaN reads "n/a" and sorts lowest.
     */
    public void addScoreColumn(String name, double[] values) {
        if (table == null || values.length != table.rows()) {
            throw new IllegalArgumentException("a score column needs one value per table row ("
                    + (table == null ? "no table" : table.rows() + " rows") + "), got " + values.length);
        }
        view.getColumns().add(numberColumn(name, Arrays.copyOf(values, values.length), "disconnected"));
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
        javafx.scene.text.Text header = new javafx.scene.text.Text(name);
        header.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize()));
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
        return Math.min(900, new javafx.scene.text.Text(longest).getLayoutBounds().getWidth() + 30);
    }

    private void applySearch() {
        String[] terms = search.getText().toLowerCase(Locale.ROOT).trim().split("\\s+");
        Predicate<Integer> match = terms.length == 1 && terms[0].isEmpty() ? null
                : row -> Arrays.stream(terms).allMatch(lowerArchTexts[row]::contains);
        filtered.setPredicate(match);
        updateCount();
    }

    private void updateCount() {
        int all = table == null ? 0 : table.rows();
        count.setText(String.format(Locale.ROOT, "%,d of %,d rows", filtered.size(), all));
    }

    /** 0..n-1 without storing them. */
    private static final class Indices extends AbstractList<Integer> {
        private final int size;

        Indices(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int i) {
            return i;
        }

        @Override
        public int size() {
            return size;
        }
    }
}

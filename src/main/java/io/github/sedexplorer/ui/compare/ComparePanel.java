package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.editor.Palette;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** One column of the compare view: the cell(s) drawn, then score, weights, Δ to the reference and the differing edges. */
final class ComparePanel extends VBox {

    ComparePanel(int i, Comparison.Panel panel, Comparison.Panel reference, SedModel model, List<Map<Integer, NodePosition>> layouts,
                 List<Frame> frames, double scale, Consumer<Integer> open) {
        Scored self = panel.scored();
        Scored ref = reference.scored();
        setId("compare-panel-" + i);
        getStyleClass().add("compare-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        setStyle("-fx-background-color: white; -fx-border-color: " + (i == 0 ? "#6b7280" : "#d1d5db")
                + "; -fx-border-radius: 6; -fx-background-radius: 6;");
        Architecture arch = self.doc().architecture();
        List<CellDiff.EdgeChange> changes = panel.edges();
        String title = self.doc().title().isBlank() ? "Cell " + (i + 1) : self.doc().title();
        int differ = changes.size() + panel.nodes().stream().mapToInt(List::size).sum();
        String versus = i == 0 ? "" : differ == 0 ? " · the same cell" : " · " + differ + (differ == 1 ? " difference" : " differences");
        Label heading = new Label((i == 0 ? "Reference: " : (i + 1) + ". ") + title + versus);
        heading.setId("compare-title-" + i);
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        heading.setWrapText(true);
        getChildren().add(heading);
        for (int k = 0; k < arch.cells().size(); k++) {
            Cell cell = arch.cells().get(k);
            Cell refCell = i == 0 ? null : ref.doc().architecture().cells().get(k);
            Set<Long> diffEdges = new HashSet<>();
            for (CellDiff.EdgeChange c : changes) {
                if (c.cell() == k) {
                    diffEdges.add(CellDiff.key(c.from(), c.to()));
                }
            }
            Set<Integer> diffNodes = new HashSet<>(panel.nodes().get(k));
            String part = k == 0 ? "" : "-" + arch.cellName(k);
            if (arch.cells().size() > 1) {
                Label name = new Label(arch.cellName(k) + " cell");
                name.setStyle("-fx-text-fill: #4b5563; -fx-font-size: 11px;");
                getChildren().add(name);
            }
            getChildren().add(new CellDrawing(cell, refCell, layouts.get(k), frames.get(k), scale, diffEdges, diffNodes,
                    "compare-edge-" + i + part, "compare-node-" + i + part));
        }
        Label score = new Label(model.id() + ": " + Palette.score(self.score()));
        score.setId("compare-score-" + i);
        score.setStyle("-fx-font-size: 13px; -fx-font-family: monospace;");
        Label params = new Label(String.format(Locale.ROOT, "params: %,d (C=%d)", self.params(), model.opEntropy().channels()));
        params.setId("compare-params-" + i);
        Label delta = new Label(i == 0 ? "the reference: others are compared with it" : delta(self, ref));
        delta.setId("compare-delta-" + i);
        delta.setStyle(i == 0 ? "-fx-text-fill: #6b7280;" : "-fx-font-weight: bold;");
        Button button = new Button("Open in editor");
        button.setId("compare-open-" + i);
        button.setOnAction(e -> open.accept(i));
        getChildren().addAll(score, params, delta);
        if (i > 0) {
            getChildren().add(table(i, panel, ref));
        }
        getChildren().add(button);
        setAlignment(Pos.TOP_LEFT);
        setMaxHeight(USE_PREF_SIZE);
    }

    static String delta(Scored self, Scored ref) {
        String params = String.format(Locale.ROOT, "Δ params %+,d", self.params() - ref.params());
        if (!SedModel.connected(self.score()) || !SedModel.connected(ref.score())) {
            return "Δ score n/a (a cell is disconnected)   " + params;
        }
        return String.format(Locale.ROOT, "Δ score %+.6f   %s", self.score() - ref.score(), params);
    }

    /** The differing edges (and NAS-Bench-101 nodes) with their contributions n·Δ in the reference and here. */
    private static GridPane table(int i, Comparison.Panel panel, Scored ref) {
        Scored self = panel.scored();
        GridPane grid = new GridPane();
        grid.setId("compare-diffs-" + i);
        grid.setHgap(10);
        grid.setVgap(2);
        Architecture arch = self.doc().architecture();
        SearchSpace space = arch.space();
        String[] head = {"differs", "reference → this", "ref n·Δ", "this n·Δ", "change"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.setStyle("-fx-text-fill: #6b7280; -fx-font-size: 11px;");
            grid.add(l, c, 0);
        }
        int row = 1;
        for (CellDiff.EdgeChange c : panel.edges()) {
            String where = (arch.cells().size() > 1 ? arch.cellName(c.cell()) + " " : "") + NodeNames.edge(arch.cells().get(c.cell()), c.from(), c.to());
            double a = ref.edgeContribution(c.cell(), c.from(), c.to());
            double b = self.edgeContribution(c.cell(), c.from(), c.to());
            addRow(grid, row++, where, opText(space, c.reference()) + " → " + opText(space, c.other()), a, b);
        }
        if (space.nodeLabelled()) {
            for (int k = 0; k < arch.cells().size(); k++) {
                Cell refCell = ref.doc().architecture().cells().get(k);
                Cell cell = arch.cells().get(k);
                for (int v : panel.nodes().get(k)) {
                    String from = v < refCell.nodeCount() ? nodeText(space, refCell, v) : "no node";
                    addRow(grid, row++, "node " + v, from + " → " + nodeText(space, cell, v),
                            ref.nodeContribution(k, v), self.nodeContribution(k, v));
                }
            }
        }
        if (row == 1) {
            grid.getChildren().clear();
            grid.add(new Label("identical to the reference"), 0, 0);
        }
        return grid;
    }

    private static void addRow(GridPane grid, int row, String where, String ops, double ref, double self) {
        grid.add(new Label(where), 0, row);
        grid.add(new Label(ops), 1, row);
        grid.add(number(ref, "%.4f"), 2, row);
        grid.add(number(self, "%.4f"), 3, row);
        Label d = number(self - ref, "%+.4f");
        d.setStyle("-fx-font-weight: bold; -fx-font-family: monospace;");
        grid.add(d, 4, row);
    }

    private static Label number(double v, String format) {
        Label l = new Label(String.format(Locale.ROOT, format, v));
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }

    private static String opText(SearchSpace space, Op op) {
        if (space.nodeLabelled()) {
            return op.isReal() ? "edge" : "no edge";
        }
        return space.opName(op);
    }

    private static String nodeText(SearchSpace space, Cell cell, int v) {
        return cell.node(v).op() == Op.SKIP ? cell.node(v).role().name().toLowerCase(Locale.ROOT) : space.opName(cell.node(v).op());
    }
}

package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;

/** What File → New starts from in each space: the smallest sensible cell to draw on. */
final class NewCells {

    private NewCells() {
    }

    static CellDocument of(SearchSpace space) {
        Architecture a = switch (space) {
            case NB201, TRANSNAS_MICRO -> Architecture.of(Nb201ArchString.fromOps(space,
                    Op.NONE, Op.NONE, Op.NONE, Op.SKIP, Op.NONE, Op.NONE));
            case NB101 -> Architecture.of(Nb101Spec.parse(
                    "{\"matrix\":[[0,1,0],[0,0,1],[0,0,0]],\"ops\":[\"input\",\"conv3x3-bn-relu\",\"output\"]}"));
            case DARTS -> DartsGenotype.parse("Genotype(normal=[('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), "
                    + "('skip_connect', 1), ('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), ('skip_connect', 1)], "
                    + "normal_concat=range(2, 6), reduce=[('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), "
                    + "('skip_connect', 1), ('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), ('skip_connect', 1)], "
                    + "reduce_concat=range(2, 6))");
            case FREE -> Architecture.of(Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT),
                    List.of(new Edge(0, 1, Op.CONV_3X3), new Edge(1, 2, Op.CONV_3X3), new Edge(0, 2, Op.SKIP))));
        };
        return new CellDocument(a, null, "New " + space.displayName() + (space.displayName().endsWith(" cell") ? "" : " cell"), "");
    }
}

package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.layout.LayeredLayout;

import java.util.Map;

/** Positions for cells that have none (new, imported and command-line cells): the layered layout, left to right. */
public final class AutoLayout {

    private AutoLayout() {
    }

    public static Map<Integer, NodePosition> positions(Cell cell) {
        // NAS-Bench-101 draws its operations as boxes on the nodes, DARTS has two labelled edges into
        // every node and long names: both need wider layers than the default
        if (cell.space().nodeLabelled()) {
            return LayeredLayout.layout(cell, 280, 90).positions();
        }
        return cell.space() == SearchSpace.DARTS
                ? LayeredLayout.layout(cell, 230, 110).positions()
                : LayeredLayout.layout(cell).positions();
    }
}

package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.ui.layout.LayeredLayout;

import java.util.Map;

/** Positions for cells that have none (new and imported cells): the layered layout, left to right. */
public final class Layouts {

    private Layouts() {
    }

    public static Map<Integer, NodePosition> auto(Cell cell) {
        // NAS-Bench-101 draws its operations as boxes on the nodes: they need wider layers
        return cell.space().nodeLabelled()
                ? LayeredLayout.layout(cell, 280, 90).positions()
                : LayeredLayout.layout(cell).positions();
    }
}

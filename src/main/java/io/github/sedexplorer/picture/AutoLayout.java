package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.layout.LayeredLayout;

import java.util.Map;

/** Positions for cells that have none (new, imported and command-line cells): the layered layout, left to right. */
public final class AutoLayout {

    private AutoLayout() {
    }

    public static Map<Integer, NodePosition> positions(Cell cell) {
        // NAS-Bench-101 draws its operations as boxes on the nodes: they need wider layers
        return cell.space().nodeLabelled()
                ? LayeredLayout.layout(cell, 280, 90).positions()
                : LayeredLayout.layout(cell).positions();
    }
}

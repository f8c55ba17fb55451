package io.github.sedexplorer.ui.export;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.NodePosition;

import java.util.ArrayList;
import java.util.List;

/** A whole document as one SVG: DARTS's reduce cell drawn below its normal cell. */
public final class DocumentSvg {

    private static final double CELL_GAP = 260;
    private static final int ID_STRIDE = 1000;

    private DocumentSvg() {
    }

    public static String of(CellDocument doc, String caption) {
        Architecture a = doc.architecture();
        if (a.cells().size() == 1) {
            return CellSvg.of(a.cell(), doc.layout(0), caption);
        }
        List<SvgNode> nodes = new ArrayList<>();
        List<SvgEdge> edges = new ArrayList<>();
        double offset = 0;
        for (int i = 0; i < a.cells().size(); i++) {
            List<SvgNode> cellNodes = CellSvgParts.nodes(a.cells().get(i), doc.layout(i));
            double minY = cellNodes.stream().mapToDouble(n -> n.at().y()).min().orElse(0);
            double maxY = cellNodes.stream().mapToDouble(n -> n.at().y()).max().orElse(0);
            double dy = offset - minY;
            int base = i * ID_STRIDE;
            for (SvgNode n : cellNodes) {
                nodes.add(new SvgNode(base + n.id(), n.label(), n.sublabel(), n.shape(),
                        new NodePosition(n.at().x(), n.at().y() + dy), a.cellName(i) + " cell: " + n.title()));
            }
            for (SvgEdge e : CellSvgParts.edges(a.cells().get(i))) {
                List<NodePosition> bends = new ArrayList<>();
                for (NodePosition b : e.bends()) {
                    bends.add(new NodePosition(b.x(), b.y() + dy));
                }
                edges.add(new SvgEdge(base + e.from(), base + e.to(), e.label(), e.colour(), bends, e.dashed(), e.title()));
            }
            offset += maxY - minY + CELL_GAP;
        }
        return CellSvg.render(nodes, edges, caption);
    }
}

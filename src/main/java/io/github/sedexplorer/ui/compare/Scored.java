package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.sed.SedModel;

import java.util.ArrayList;
import java.util.List;

/** A document with what the compare view shows about it: the model's score, weights (at the model's C) and each cell taken apart. */
record Scored(CellDocument doc, double score, long params, List<SedAnalysis> cells) {

    static Scored of(CellDocument doc, SedModel model) {
        List<SedAnalysis> cells = new ArrayList<>();
        for (Cell c : doc.architecture().cells()) {
            cells.add(model.analyse(c));
        }
        return new Scored(doc, model.score(doc.architecture()), ParamCount.of(doc.architecture(), model.opEntropy().channels()), List.copyOf(cells));
    }

    /** n(e)·Δ of edge from→to of cell k, 0 when the cell has no such edge. */
    double edgeContribution(int k, int from, int to) {
        SedAnalysis a = cells.get(k);
        int i = a.cell().edgeIndex(from, to);
        return i < 0 ? 0 : a.edgeContribution(i);
    }

    /** n(v)·Δ of node v of cell k, 0 when the cell has no such node. */
    double nodeContribution(int k, int v) {
        SedAnalysis a = cells.get(k);
        return v < a.cell().nodeCount() ? a.nodeContribution(v) : 0;
    }
}

package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.sed.SedModel;

import java.util.List;

/** The document scored: the model used, the architecture's total, each cell taken apart, and weights. */
public record Scores(SedModel model, double total, List<SedAnalysis> cells, long params) {

    public boolean connected() {
        return SedModel.connected(total);
    }
}

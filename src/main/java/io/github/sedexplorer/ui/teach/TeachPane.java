package io.github.sedexplorer.ui.teach;

import io.github.sedexplorer.ui.editor.EditorViewModel;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The teaching view: the what-if grid above, the whole-space histogram below, both following the editor's cell. */
public final class TeachPane extends BorderPane {

    private final WhatIfGrid grid;
    private final SpaceHistogram histogram;

    public TeachPane(EditorViewModel vm) {
        grid = new WhatIfGrid(vm);
        histogram = new SpaceHistogram(vm);
        SplitPane split = new SplitPane(grid, histogram);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    public WhatIfGrid grid() {
        return grid;
    }

    public SpaceHistogram histogram() {
        return histogram;
    }
}

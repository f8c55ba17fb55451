package io.github.sedexplorer.ui.whatif;

import io.github.sedexplorer.ui.editor.EditorViewModel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The teaching view: the what-if grid above, the whole-space histogram below, both following the editor's cell. */
public final class TeachPane extends BorderPane {

    private final WhatIfGrid grid;
    private final SpaceHistogram histogram;

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    public TeachPane(EditorViewModel vm) {
        grid = new WhatIfGrid(vm, shown);
        histogram = new SpaceHistogram(vm, shown);
        SplitPane split = new SplitPane(grid, histogram);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    /** Whether the pane is on screen (its tab selected): while not, its views catch up only when next shown. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public WhatIfGrid grid() {
        return grid;
    }

    public SpaceHistogram histogram() {
        return histogram;
    }
}

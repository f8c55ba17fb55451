package io.github.sedexplorer.ui.whatif;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The What if tab: the what-if grid above, the whole-space histogram below, both drawing its view-model's state. */
public final class WhatIfView extends BorderPane {

    private final WhatIfViewModel vm;

    public WhatIfView(WhatIfViewModel vm) {
        this.vm = vm;
        SplitPane split = new SplitPane(new WhatIfGrid(vm), new SpaceHistogram(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    /** Whether the view is on screen (its tab selected): while not, its state catches up only when next shown. */
    public BooleanProperty shownProperty() {
        return vm.shownProperty();
    }

    public WhatIfViewModel viewModel() {
        return vm;
    }
}

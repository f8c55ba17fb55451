package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Op;

import javafx.scene.paint.Color;

/** One colour per op family, lighter for smaller kernels, so the same op looks the same everywhere. */
final class OpColors {

    private OpColors() {
    }

    static Color of(Op op) {
        Color base = switch (op.family()) {
            case CONV -> Color.web("#1f6fd1");
            case SEP_CONV -> Color.web("#6a3fc1");
            case DIL_CONV -> Color.web("#0e8f8a");
            case AVG_POOL -> Color.web("#d9822b");
            case MAX_POOL -> Color.web("#c2413a");
            case SKIP -> Color.web("#5f6b7a");
            case NONE -> Color.web("#c8ccd2");
        };
        return op.family().sized() && op.kernel() == 1 ? base.interpolate(Color.WHITE, 0.35) : base;
    }
}

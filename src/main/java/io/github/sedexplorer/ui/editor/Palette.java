package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Op;

import java.util.Locale;

import javafx.scene.paint.Color;

/** Colours and number formats shared by the editor's views: one colour per op family, lighter for 1×1. */
public final class Palette {

    private static final Color RAISES = Color.web("#c2410c");
    private static final Color LOWERS = Color.web("#1d4ed8");
    private static final Color NEUTRAL = Color.web("#9ca3af");

    private Palette() {
    }

    public static Color of(Op op) {
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

    /** Diverging scale for a contribution in [-1, 1]: orange raises entropy, blue lowers it, grey is neutral. */
    public static Color diverging(double t) {
        double c = Math.max(-1, Math.min(1, t));
        return c >= 0 ? NEUTRAL.interpolate(RAISES, Math.sqrt(c)) : NEUTRAL.interpolate(LOWERS, Math.sqrt(-c));
    }

    public static String score(double v) {
        return Double.isInfinite(v) && v < 0 ? "disconnected" : String.format(Locale.ROOT, "%.6f", v);
    }

    public static String entropy(double v) {
        return Double.isInfinite(v) && v < 0 ? "−∞ (no signal arrives)" : String.format(Locale.ROOT, "%+.4f", v);
    }
}

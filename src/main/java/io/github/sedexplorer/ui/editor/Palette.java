package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.picture.Caption;
import io.github.sedexplorer.picture.OpColours;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.paint.Color;

/** Colours and number formats shared by the editor's views: one colour per op family, lighter for 1×1. */
public final class Palette {

    private static final Color RAISES = Color.web("#c2410c");
    private static final Color LOWERS = Color.web("#1d4ed8");
    private static final Color NEUTRAL = Color.web("#9ca3af");
    private static final Map<Op, Color> COLOURS = new ConcurrentHashMap<>();

    private Palette() {
    }

    /** The op's colour, as every picture draws it ({@link OpColours}). */
    public static Color of(Op op) {
        return COLOURS.computeIfAbsent(op, o -> Color.web(OpColours.hex(o)));
    }

    /** Diverging scale for a contribution in [-1, 1]: orange raises entropy, blue lowers it, grey is neutral. */
    public static Color diverging(double t) {
        double c = Math.max(-1, Math.min(1, t));
        return c >= 0 ? NEUTRAL.interpolate(RAISES, Math.sqrt(c)) : NEUTRAL.interpolate(LOWERS, Math.sqrt(-c));
    }

    public static String score(double v) {
        return Caption.score(v);
    }

    public static String entropy(double v) {
        return Double.isInfinite(v) && v < 0 ? "−∞ (no signal arrives)" : String.format(Locale.ROOT, "%+.4f", v);
    }
}

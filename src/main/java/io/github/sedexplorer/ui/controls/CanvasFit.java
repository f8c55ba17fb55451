package io.github.sedexplorer.ui.controls;

import javafx.scene.canvas.Canvas;

/** Keeps a drawing canvas the size of the region it fills, in whole pixels. */
public final class CanvasFit {

    private CanvasFit() {
    }

    /**
     * Sizes the canvas to floor(width) × floor(height), at least 1 × 1.
     *
     * @return whether the size changed, so the caller repaints
     */
    public static boolean fit(Canvas canvas, double width, double height) {
        double w = Math.max(1, Math.floor(width));
        double h = Math.max(1, Math.floor(height));
        if (canvas.getWidth() == w && canvas.getHeight() == h) {
            return false;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        return true;
    }
}

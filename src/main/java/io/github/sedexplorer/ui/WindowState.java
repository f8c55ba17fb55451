package io.github.sedexplorer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Window size and position, View → Larger text, and the recent files, kept between runs (java.util.prefs). */
final class WindowState {

    private static final int RECENT = 8;
    private final Preferences prefs;

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The saved size and place, kept on a screen: on a small screen the default 1360×820 would run off its edges. */
    void restore(Stage stage) {
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        boolean placed = !Double.isNaN(x) && !Double.isNaN(y);
        Rectangle2D screen = (placed && !Screen.getScreensForRectangle(x, y, 1, 1).isEmpty()
                ? Screen.getScreensForRectangle(x, y, 1, 1).get(0) : Screen.getPrimary()).getVisualBounds();
        double w = Math.min(prefs.getDouble("w", 1360), screen.getWidth());
        double h = Math.min(prefs.getDouble("h", 820), screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        if (placed) {
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w)));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h)));
        } else if (w >= screen.getWidth() || h >= screen.getHeight()) {
            stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("w", stage.getWidth());
            prefs.putDouble("h", stage.getHeight());
        }
    }

    boolean largerText() {
        return prefs.getBoolean("largerText", false);
    }

    void setLargerText(boolean on) {
        prefs.putBoolean("largerText", on);
    }

    /** Whether the editor's microscope strip is open (it is at first). */
    boolean microscopeStripOpen() {
        return prefs.getBoolean("microscopeStrip", true);
    }

    void setMicroscopeStripOpen(boolean open) {
        prefs.putBoolean("microscopeStrip", open);
    }

    List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String p = prefs.get("recent" + i, null);
            if (p != null && Files.exists(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    void remember(Path file) {
        List<Path> list = new ArrayList<>(recent());
        list.remove(file.toAbsolutePath());
        list.add(0, file.toAbsolutePath());
        for (int i = 0; i < RECENT; i++) {
            if (i < list.size()) {
                prefs.put("recent" + i, list.get(i).toString());
            } else {
                prefs.remove("recent" + i);
            }
        }
    }
}

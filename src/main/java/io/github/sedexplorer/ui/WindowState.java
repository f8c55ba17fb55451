package io.github.sedexplorer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.stage.Stage;

/** Window size and position, and the recent files, kept between runs (java.util.prefs). */
final class WindowState {

    private static final int RECENT = 8;
    private final Preferences prefs;

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        stage.setWidth(prefs.getDouble("w", 1360));
        stage.setHeight(prefs.getDouble("h", 820));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
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

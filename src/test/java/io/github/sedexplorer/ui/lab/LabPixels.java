package io.github.sedexplorer.ui.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;

/** Pixel checks on node snapshots, and the opt-in PNG dump for looking at the controls. */
public final class LabPixels {

    private LabPixels() {
    }

    public static WritableImage snap(Node n) {
        return n.snapshot(null, null);
    }

    /** Whether two colours are within {@code tol} in every RGB channel (0..1). */
    public static boolean near(Color a, Color b, double tol) {
        return Math.abs(a.getRed() - b.getRed()) <= tol && Math.abs(a.getGreen() - b.getGreen()) <= tol
                && Math.abs(a.getBlue() - b.getBlue()) <= tol;
    }

    public static Color at(WritableImage img, double x, double y) {
        return img.getPixelReader().getColor((int) Math.floor(x), (int) Math.floor(y));
    }

    /** Whether some pixel within {@code r} px of (x, y) has the colour (±0.06 per channel). */
    public static boolean anyNear(WritableImage img, double x, double y, int r, String hex) {
        Color want = Color.web(hex);
        PixelReader p = img.getPixelReader();
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        for (int dx = -r; dx <= r; dx++) {
            for (int dy = -r; dy <= r; dy++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px >= 0 && py >= 0 && px < img.getWidth() && py < img.getHeight() && near(p.getColor(px, py), want, 0.06)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many pixels of a column, rows y0 (incl.) to y1 (excl.), have the colour (±0.06 per channel). */
    public static int countInColumn(WritableImage img, int x, int y0, int y1, String hex) {
        Color want = Color.web(hex);
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(y1, (int) img.getHeight()); y++) {
            if (near(img.getPixelReader().getColor(x, y), want, 0.06)) {
                n++;
            }
        }
        return n;
    }

    /** Writes {@code /…/plot-<name>.png} when the system property {@code snapshot.dir} is set; else does nothing. */
    public static void dump(WritableImage img, String name) throws IOException {
        String dir = System.getProperty("snapshot.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path png = Path.of(dir, "plot-" + name + ".png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", png.toFile());
        System.out.println("wrote " + png.toAbsolutePath());
    }
}

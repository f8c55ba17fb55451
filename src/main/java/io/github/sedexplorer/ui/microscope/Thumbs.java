package io.github.sedexplorer.ui.microscope;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

/** The microscope's thumbnails on screen: a map's pixels ({@link MapColours}) shown square and unsmoothed. */
final class Thumbs {

    private Thumbs() {
    }

    /** A map on the diverging scale of half-range m. */
    static Image diverging(double[][] map, double m) {
        return image(MapColours.diverging(map, m), map);
    }

    /** A heat map on the ramp from lo to hi. */
    static Image heat(double[][] map, double lo, double hi) {
        return image(MapColours.heat(map, lo, hi), map);
    }

    private static Image image(int[] argb, double[][] map) {
        int h = map.length;
        int w = h == 0 ? 0 : map[0].length;
        WritableImage img = new WritableImage(Math.max(1, w), Math.max(1, h));
        if (w > 0) {
            img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        }
        return img;
    }

    /** The image at side × side, with what it shows under it (no label: null). */
    static Node thumb(String what, Image image, double side, String style) {
        ImageView view = new ImageView(image);
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.setSmooth(false);
        view.getStyleClass().add(style);
        if (what == null) {
            return view;
        }
        Label l = new Label(what);
        l.setStyle("-fx-font-size: 0.85em;");
        VBox box = new VBox(2, view, l);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}

package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** PNG exports (the editor's cells, the chart): encoded in memory, then written atomically like every other file. */
public final class PngFiles {

    private PngFiles() {
    }

    /** @throws SedException naming the file when it cannot be written */
    public static void write(Image image, Path file) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png)) {
                throw new IllegalStateException("no PNG writer in javax.imageio");
            }
        } catch (IOException e) {
            throw new IllegalStateException("encoding a PNG in memory failed", e);
        }
        CellFile.writeAtomically(png.toByteArray(), file, "PNG image");
    }
}

package io.github.sedexplorer.ui.table;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.TableReader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;

import javax.imageio.ImageIO;

import org.testfx.util.WaitForAsyncUtils;

/** A small NB201 table written to disk and read back, and PNG snapshots for looking at the views. */
public final class BenchFixtures {

    public static final String CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    public static final String NONE = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    public static final String POOL = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";
    public static final String MIXED = "|nor_conv_1x1~0|+|skip_connect~0|avg_pool_3x3~1|+|nor_conv_3x3~0|none~1|skip_connect~2|";
    public static final String SKIP = "|skip_connect~0|+|avg_pool_3x3~0|nor_conv_1x1~1|+|none~0|nor_conv_3x3~1|avg_pool_3x3~2|";

    /** params chosen so that string order (10.25 < 100 < 2 < 33 < 9.5) differs from numeric order. */
    public static final String CSV = """
            arch,cifar10_acc,params,synflow
            %s,94.37,9.5,120.5
            %s,10,2,
            %s,85.86,100,33.25
            %s,90.125,33,80
            %s,88.5,10.25,7
            """.formatted(CONV, NONE, POOL, MIXED, SKIP);

    private BenchFixtures() {
    }

    public static BenchmarkTable table(Path dir) throws IOException {
        Path file = dir.resolve("small-nb201.csv");
        Files.writeString(file, CSV);
        return TableReader.read(file);
    }

    public static Path snapshot(Node node, String name) throws Exception {
        Path png = Path.of("target", name);
        Files.createDirectories(png.getParent());
        BufferedImage image = WaitForAsyncUtils.asyncFx(
                () -> SwingFXUtils.fromFXImage(node.snapshot(null, null), null)).get();
        ImageIO.write(image, "png", png.toFile());
        return png;
    }
}

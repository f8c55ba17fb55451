package io.github.sedexplorer.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class SheetPngTest {

    static final String NB201 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|";
    static final String DARTS_V2 = "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
            + "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], "
            + "reduce_concat=[2, 3, 4, 5])";
    private static final int WHITE = 0xffffff;

    private static Sheet sheet(Architecture a) {
        return Sheet.of(CellDocument.of(a), List.of("a caption", "a second line"));
    }

    private static Sheet nb201() {
        return sheet(Architecture.of(Nb201ArchString.parse(NB201, SearchSpace.NB201)));
    }

    private static int rgb(BufferedImage image, Sheet sheet, int scale, double x, double y) {
        return image.getRGB((int) ((x - sheet.bounds().minX()) * scale), (int) ((y - sheet.bounds().minY()) * scale)) & WHITE;
    }

    @Test
    void twoTimesIsExactlyTwiceTheSizeAndFourIsRefused() {
        Sheet s = nb201();
        BufferedImage one = SheetPng.render(s, 1);
        BufferedImage two = SheetPng.render(s, 2);
        assertEquals((int) Math.ceil(s.bounds().width()), one.getWidth());
        assertEquals((int) Math.ceil(s.bounds().height()), one.getHeight());
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
        assertEquals(3 * one.getWidth(), SheetPng.render(s, 3).getWidth());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SheetPng.render(s, 4));
        assertTrue(e.getMessage().contains("1, 2 or 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SheetPng.png(s, 0));
    }

    @Test
    void nodesAndLabelsShowInkAndTheMarginIsWhite() {
        for (Sheet s : List.of(nb201(), sheet(DartsGenotype.parse(DARTS_V2)))) {
            int scale = 2;
            BufferedImage image = SheetPng.render(s, scale);
            assertEquals(WHITE, image.getRGB(1, 1) & WHITE, "top left corner of the margin");
            assertEquals(WHITE, image.getRGB(image.getWidth() - 2, image.getHeight() - 2) & WHITE, "bottom right corner");
            int labels = 0;
            for (Sheet.Panel panel : s.panels()) {
                for (NodeGlyph n : panel.picture().nodes()) {
                    Pt c = n.centre();
                    assertNotEquals(WHITE, rgb(image, s, scale, c.x() + n.halfWidth(), c.y()), "outline of node " + n.name());
                    assertNotEquals(WHITE, rgb(image, s, scale, c.x(), c.y() - n.halfHeight()), "outline of node " + n.name());
                }
                for (EdgeGlyph e : panel.picture().edges()) {
                    if (e.label() != null) {
                        labels++;
                        assertTrue(inked(image, s, scale, e.label().box()) > 20, "ink of the label " + e.label().text());
                    }
                }
            }
            assertTrue(labels >= 6, "labels drawn: " + labels);
        }
    }

    /** How many pixels of the box are not white. */
    private static int inked(BufferedImage image, Sheet s, int scale, Box b) {
        int n = 0;
        for (double y = b.minY() + 1; y < b.maxY() - 1; y += 0.5) {
            for (double x = b.minX() + 1; x < b.maxX() - 1; x += 0.5) {
                n += rgb(image, s, scale, x, y) == WHITE ? 0 : 1;
            }
        }
        return n;
    }

    @Test
    void thePngBytesDecode() throws Exception {
        Sheet s = sheet(DartsGenotype.parse(DARTS_V2));
        byte[] png = SheetPng.png(s, 1);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(back, "ImageIO reads the bytes back");
        assertEquals((int) Math.ceil(s.bounds().width()), back.getWidth());
        assertEquals((int) Math.ceil(s.bounds().height()), back.getHeight());
        BufferedImage drawn = SheetPng.render(s, 1);
        assertEquals(drawn.getRGB(back.getWidth() / 2, back.getHeight() / 2) & WHITE, back.getRGB(back.getWidth() / 2, back.getHeight() / 2) & WHITE);
    }
}

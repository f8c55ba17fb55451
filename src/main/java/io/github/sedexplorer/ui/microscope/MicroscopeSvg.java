package io.github.sedexplorer.ui.microscope;

import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.picture.Sheet;
import io.github.sedexplorer.picture.SvgText;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The Microscope tab as an SVG drawing: the legend and the caption, then per cell its nodes' cards in rows, each with
 * its title, the three thumbnails (embedded PNGs of the very pixels the screen shows, drawn unsmoothed), and the
 * measured numbers beside the predictions as text.
 */
final class MicroscopeSvg {

    static final double THUMB = 84;
    private static final double GAP = 12;
    private static final double PAD = 8;
    private static final double CARD_W = 3 * THUMB + 2 * 6 + 2 * PAD;
    private static final int PER_ROW = 4;
    private static final double WIDTH = PER_ROW * CARD_W + (PER_ROW - 1) * GAP;
    private static final double TEXT = 12;
    private static final double LINE = 16;
    private static final double MARGIN = 20;

    private MicroscopeSvg() {
    }

    /**
     * @param scales the view-model whose channel and scale choices the thumbnails follow
     */
    static String of(Measurement m, MicroscopeViewModel scales) {
        StringBuilder body = new StringBuilder();
        double y = 0;
        int maxChars = (int) (WIDTH / (TEXT * 0.58));
        for (String part : List.of(scales.legend(m), MicroscopeViewModel.caption(m))) {
            for (String line : Sheet.wrap(part, maxChars)) {
                y += LINE;
                text(body, 0, y, line, TEXT, false);
            }
            y += 6;
        }
        int channel = scales.channelFor(m);
        int cellCount = m.architecture().cells().size();
        for (int ci = 0; ci < cellCount; ci++) {
            y += 10;
            if (cellCount > 1) {
                y += LINE;
                text(body, 0, y, m.architecture().cellName(ci) + " cell", 15, true);
                y += 6;
            }
            int col = 0;
            double rowHeight = 0;
            for (NodeMeasure n : m.nodes()) {
                if (n.cell() != ci) {
                    continue;
                }
                if (col == PER_ROW) {
                    y += rowHeight + GAP;
                    col = 0;
                }
                rowHeight = card(body, col * (CARD_W + GAP), y, m, n, channel, scales);
                col++;
            }
            y += rowHeight;
        }
        double w = WIDTH + 2 * MARGIN;
        double h = y + 2 * MARGIN;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
                + SvgText.num(w) + "\" height=\"" + SvgText.num(h) + "\" viewBox=\"" + SvgText.num(-MARGIN) + " " + SvgText.num(-MARGIN)
                + " " + SvgText.num(w) + " " + SvgText.num(h) + "\" font-family=\"" + SvgText.FONT + "\">\n"
                + "<rect x=\"" + SvgText.num(-MARGIN) + "\" y=\"" + SvgText.num(-MARGIN) + "\" width=\"" + SvgText.num(w)
                + "\" height=\"" + SvgText.num(h) + "\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
    }

    /** Draws one card with its top left at (x, y); returns its height. */
    private static double card(StringBuilder b, double x, double y, Measurement m, NodeMeasure n, int channel, MicroscopeViewModel scales) {
        double scale = scales.mapScale(m, n);
        double[] heat = scales.heatScale(m, n);
        StringBuilder inner = new StringBuilder();
        double cy = y + PAD + TEXT;
        text(inner, x + PAD, cy, MicroscopeViewModel.title(m, n), 13, true);
        double ty = cy + 6;
        double tx = x + PAD;
        String[] names = {"channel " + channel, "mean of C", "local entropy"};
        double[][][] maps = {n.sample().channel(channel), n.sample().channelMean(), n.heat()};
        for (int i = 0; i < 3; i++) {
            int[] px = i < 2 ? MapColours.diverging(maps[i], scale) : MapColours.heat(maps[i], heat[0], heat[1]);
            image(inner, tx, ty, maps[i], px, names[i]);
            text(inner, tx + THUMB / 2, ty + THUMB + 12, names[i], 10, false, "middle");
            tx += THUMB + 6;
        }
        cy = ty + THUMB + 14;
        if (scales.scaleEachNodeProperty().get()) {
            cy += LINE;
            text(inner, x + PAD, cy, MicroscopeViewModel.scales(scale, heat), 10, false);
        }
        cy += LINE;
        text(inner, x + PAD + 70, cy, "measured", 10, false);
        text(inner, x + PAD + 170, cy, "predicted", 10, false);
        for (List<String> row : MicroscopeViewModel.table(n)) {
            cy += LINE;
            text(inner, x + PAD, cy, row.get(0), 11, false);
            text(inner, x + PAD + 70, cy, row.get(1), 11, false);
            text(inner, x + PAD + 170, cy, row.get(2), 11, false);
        }
        double height = cy + PAD - y;
        b.append("<g class=\"card\" id=\"node-").append(n.cell()).append('-').append(n.node()).append("\">\n");
        b.append("<rect x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" width=\"")
                .append(SvgText.num(CARD_W)).append("\" height=\"").append(SvgText.num(height))
                .append("\" rx=\"4\" fill=\"#fafafa\" stroke=\"#c8c8c8\"/>\n");
        b.append(inner).append("</g>\n");
        return height;
    }

    private static void image(StringBuilder b, double x, double y, double[][] map, int[] px, String what) {
        int h = map.length;
        int w = h == 0 ? 0 : map[0].length;
        b.append("<image x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" width=\"")
                .append(SvgText.num(THUMB)).append("\" height=\"").append(SvgText.num(THUMB))
                .append("\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" image-rendering=\"optimizeSpeed\" href=\"")
                .append("data:image/png;base64,").append(png(Math.max(1, w), Math.max(1, h), px)).append("\"><title>")
                .append(SvgText.escape(what)).append("</title></image>\n");
    }

    /** The pixels as a PNG, base64. */
    static String png(int w, int h, int[] argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        if (argb.length == w * h) {
            img.setRGB(0, 0, w, h, argb, 0, w);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void text(StringBuilder b, double x, double y, String s, double size, boolean bold) {
        text(b, x, y, s, size, bold, null);
    }

    private static void text(StringBuilder b, double x, double y, String s, double size, boolean bold, String anchor) {
        b.append("<text x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" font-size=\"")
                .append(SvgText.num(size)).append('"');
        if (bold) {
            b.append(" font-weight=\"bold\"");
        }
        if (anchor != null) {
            b.append(" text-anchor=\"").append(anchor).append('"');
        }
        b.append('>').append(SvgText.escape(s)).append("</text>\n");
    }
}

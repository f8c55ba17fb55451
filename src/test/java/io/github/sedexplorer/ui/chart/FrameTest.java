package io.github.sedexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The frame's layout: the strip's own y scale, the caption and legend rows; the legend's words. */
class FrameTest {

    private static final double NEG = Double.NEGATIVE_INFINITY;

    private static Frame frame(double width, double captionW, double legendW) {
        return Frame.layout(width, 600, new double[] {0, 1, 85, 95}, new double[] {8, 12}, s -> s.length() * 6.5,
                captionW, legendW);
    }

    @Test
    void theStripHasItsOwnYScaleSoThePlotKeepsItsRange() {
        Frame f = frame(1000, 0, 0);
        double bottom = f.plotY() + f.plotH();
        assertEquals(7.88, f.stripYmin(), 1e-9, "the strip's rows padded by 3 %, as the plot's are");
        assertEquals(bottom, f.py(NEG, 7.88), 1e-9);
        assertEquals(f.plotY(), f.py(NEG, 12.12), 1e-9);
        assertEquals(f.plotY(), f.py(0.5, 95), 1e-9, "the plot's top is the connected rows' top");
        assertEquals(bottom, f.py(0.5, 85), 1e-9);
        assertTrue(f.inView(NEG, 10) && !f.inView(NEG, 90), "a strip row is in view on the strip's range");
        assertTrue(f.inView(0.5, 90) && !f.inView(0.5, 10));
        assertTrue(f.stripYTicks().length >= 2, "the strip is labelled on its own scale");
        assertTrue(f.stripX() + f.stripW() + Frame.STRIP_GAP < f.plotX(), "the plot's y labels sit between strip and plot");
        Frame one = Frame.layout(1000, 600, new double[] {0, 1, 85, 95}, new double[] {10, 10}, s -> 30, 0, 0);
        assertEquals(1, one.stripYTicks().length, "rows of one value get one label");
        assertEquals(one.plotY() + one.plotH() / 2, one.py(NEG, 10), 1e-9);
    }

    @Test
    void captionAndLegendShareARowOnlyWhenBothFit() {
        for (double width = 300; width <= 2000; width += 37) {
            for (double captionW = 50; captionW <= 900; captionW += 50) {
                Frame f = frame(width, captionW, 190);
                double right = f.plotX() + f.plotW();
                boolean apartSideways = f.areaX() + captionW + Frame.CAPTION_GAP <= right - 190;
                boolean apartVertically = f.captionBottom() <= f.legendY() - 4; // the caption's descent ends there
                assertTrue(apartSideways || apartVertically, "caption over legend at width " + width + ", caption " + captionW);
                assertTrue(f.legendY() + 9 <= f.plotY(), "the legend sits above the plot");
                assertTrue(f.captionBottom() - Frame.CAPTION_FONT >= 0, "the caption is on the canvas");
            }
        }
        Frame wide = frame(1600, 600, 190);
        Frame narrow = frame(700, 600, 190);
        assertEquals(wide.plotY() + Frame.ROW, narrow.plotY(), 1e-9, "a row of its own for the legend only when needed");
    }

    @Test
    void theLegendNamesTheSquareItsCountIsTakenOver() throws Exception {
        assertEquals(3 * DensityBins.CELL, DensityBins.SPAN, "a bin's colour counts its 3 × 3-bin neighbourhood");
        String side = DensityBins.SPAN + "\u00d7" + DensityBins.SPAN + " px";
        assertEquals("1,234 per " + side, Legend.maxLabel(1234, DensityBins.SPAN));
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(DensityBins.CELL + "\u00d7" + DensityBins.CELL + " px bins"), "the README names the bins");
        assertTrue(readme.contains(side + " neighbourhood"), "the README names the legend's square");
    }

    @Test
    void theLegendExtentCoversWhatThePainterDraws() {
        String label = Legend.maxLabel(15_625, DensityBins.SPAN);
        assertEquals(Legend.width("1") + 4 + 64 + 4 + Legend.width(label), Legend.extent(label), 1e-9);
    }
}

package io.github.sedexplorer.ui.microscope;

/**
 * The microscope's two colour scales as ARGB pixels, so the screen's images and the SVG export's embedded PNGs are
 * the same pixels: maps on a diverging scale (blue −m, white 0, red +m, clipped), local entropy on a viridis-like ramp
 * (dark purple lo, green, yellow hi). Grey marks a value that is not finite (no signal).
 */
final class MapColours {

    static final int GREY = argb(0.6, 0.6, 0.6);
    private static final int[][] RAMP = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private MapColours() {
    }

    /** Row-major ARGB pixels of a map on the diverging scale of half-range m. */
    static int[] diverging(double[][] map, double m) {
        int h = map.length;
        int w = h == 0 ? 0 : map[0].length;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = diverging(map[y][x], m);
            }
        }
        return px;
    }

    static int diverging(double v, double m) {
        if (!Double.isFinite(v)) {
            return GREY;
        }
        double t = Math.max(-1, Math.min(1, v / m));
        return t >= 0 ? argb(1, 1 - t, 1 - t) : argb(1 + t, 1 + t, 1);
    }

    /** Row-major ARGB pixels of a heat map on the ramp from lo to hi. */
    static int[] heat(double[][] map, double lo, double hi) {
        int h = map.length;
        int w = h == 0 ? 0 : map[0].length;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = map[y][x];
                px[y * w + x] = Double.isFinite(v) ? ramp((v - lo) / (hi - lo)) : GREY;
            }
        }
        return px;
    }

    /** The ramp at t in [0, 1] (clipped). */
    static int ramp(double t) {
        double u = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(u));
        double f = u - i;
        int[] a = RAMP[i];
        int[] b = RAMP[i + 1];
        return 0xff000000 | mix(a[0], b[0], f) << 16 | mix(a[1], b[1], f) << 8 | mix(a[2], b[2], f);
    }

    /** "#rrggbb" of a pixel (the SVG legend's gradient stops). */
    static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    private static int argb(double r, double g, double b) {
        return 0xff000000 | channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}

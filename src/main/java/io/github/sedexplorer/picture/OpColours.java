package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.OpFamily;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The op colours of the app as {@code #rrggbb}, for output without JavaFX: one colour per family,
 * and for a sized op with kernel 1 the family colour mixed 35 % towards white (JavaFX
 * {@code interpolate(WHITE, 0.35)}), so a 1×1 convolution looks lighter than a 3×3 one.
 */
public final class OpColours {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private OpColours() {
    }

    /** The colour of an op, as the app draws it. */
    public static String hex(Op op) {
        String base = hex(op.family());
        return op.family().sized() && op.kernel() == 1 ? towardsWhite35(base) : base;
    }

    /** The base colour of a family. */
    public static String hex(OpFamily family) {
        return switch (family) {
            case CONV -> "#1f6fd1";
            case SEP_CONV -> "#6a3fc1";
            case DIL_CONV -> "#0e8f8a";
            case AVG_POOL -> "#d9822b";
            case MAX_POOL -> "#c2413a";
            case SKIP -> "#5f6b7a";
            case NONE -> "#c8ccd2";
        };
    }

    /** Whether a string is a colour in the {@code #rrggbb} form this package writes. */
    public static boolean isHex(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    /** JavaFX {@code Color.darker()}: HSB brightness × 0.7, which scales every channel by 0.7. */
    public static String darker(String hex) {
        int[] c = channels(hex);
        // c * 7 / 10, rounded half up, in integers so no channel lands on the wrong side of .5
        return format((c[0] * 7 + 5) / 10, (c[1] * 7 + 5) / 10, (c[2] * 7 + 5) / 10);
    }

    /** c + (255 − c) · 0.35 = (13c + 1785) / 20, rounded half up. */
    private static String towardsWhite35(String hex) {
        int[] c = channels(hex);
        return format((13 * c[0] + 1785 + 10) / 20, (13 * c[1] + 1785 + 10) / 20, (13 * c[2] + 1785 + 10) / 20);
    }

    private static int[] channels(String hex) {
        if (!isHex(hex)) {
            throw new IllegalArgumentException("expected a colour #rrggbb, not " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
    }

    private static String format(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}

package io.github.sedexplorer.cell;

/**
 * TransNAS-Bench-101 micro architecture code {@code 64-41414-A_BC_DEF}: one digit per edge in the
 * NB201 canonical order, 0 none, 1 skip_connect, 2 nor_conv_1x1, 3 nor_conv_3x3.
 */
public final class TransNasCode {

    public static final String PREFIX = "64-41414-";
    private static final Op[] DIGITS = {Op.NONE, Op.SKIP, Op.CONV_1X1, Op.CONV_3X3};

    private TransNasCode() {
    }

    public static boolean looksLikeCode(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    public static Cell parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw CellFormatException.atColumn("a TransNAS micro code starts with '" + PREFIX + "'", 1);
        }
        String body = text.substring(PREFIX.length());
        String shape = "0_00_000";
        if (body.length() != shape.length()) {
            throw CellFormatException.atColumn("expected 6 digits as A_BC_DEF after the prefix", PREFIX.length() + 1);
        }
        Op[] ops = new Op[6];
        int k = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int col = PREFIX.length() + i + 1;
            if (shape.charAt(i) == '_') {
                if (c != '_') {
                    throw CellFormatException.atColumn("expected '_' between nodes, found "
                            + Quote.quoted(Nb201ArchString.charAt(body, i)), col);
                }
            } else if (c < '0' || c > '3') {
                throw CellFormatException.atColumn("operation digit must be 0..3 (none, skip, conv1x1, conv3x3), found "
                        + Quote.quoted(Nb201ArchString.charAt(body, i)), col);
            } else {
                ops[k++] = DIGITS[c - '0'];
            }
        }
        return Nb201ArchString.fromOps(SearchSpace.TRANSNAS_MICRO, ops);
    }

    public static String format(Cell cell) {
        if (cell.space() != SearchSpace.TRANSNAS_MICRO) {
            throw new IllegalArgumentException("only TransNAS micro cells have TransNAS codes");
        }
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < 6; i++) {
            if (i == 1 || i == 3) {
                sb.append('_');
            }
            Op op = cell.edge(i).op();
            for (int d = 0; d < DIGITS.length; d++) {
                if (DIGITS[d].equals(op)) {
                    sb.append((char) ('0' + d));
                }
            }
        }
        return sb.toString();
    }
}

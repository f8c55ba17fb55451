package io.github.sedexplorer.ui.dialogs;

import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.SedException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character an error points at, as a 0-based index into the text that was parsed.
 * {@code quoted} is the position as the error message spells it ("column 19"), so the message can be
 * rewritten in the user's coordinates; it is null for JSON paths, which stay as they are.
 */
record TextSpot(int index, String quoted) {

    private static final Pattern COLUMN = Pattern.compile("column (\\d{1,9})");
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d{1,9}), column (\\d{1,9})");
    /** DARTS rule errors end with "(normal cell, at column 57)". */
    private static final Pattern RULE_COLUMN = Pattern.compile("at (column (\\d{1,9}))\\)$");

    /** Where in {@code text} the error points, when it names a column, a line and column, or a JSON path. */
    static Optional<TextSpot> locate(SedException e, String text) {
        if (e instanceof CellFormatException f && f.position() != null) {
            String position = f.position();
            Matcher m = LINE_COLUMN.matcher(position);
            if (m.matches()) {
                return spot(lineStart(text, Integer.parseInt(m.group(1))) + Integer.parseInt(m.group(2)) - 1,
                        position, text);
            }
            m = COLUMN.matcher(position);
            if (m.matches()) {
                return spot(Integer.parseInt(m.group(1)) - 1, position, text);
            }
            if (position.startsWith("$")) {
                return JsonPaths.offset(text, position).stream().boxed().findFirst()
                        .flatMap(i -> spot(i, null, text));
            }
            return Optional.empty();
        }
        Matcher m = RULE_COLUMN.matcher(String.valueOf(e.getMessage()));
        return m.find() ? spot(Integer.parseInt(m.group(2)) - 1, m.group(1), text) : Optional.empty();
    }

    private static Optional<TextSpot> spot(int index, String quoted, String text) {
        return index < 0 ? Optional.empty() : Optional.of(new TextSpot(Math.min(index, text.length()), quoted));
    }

    /** Index of the first character of 1-based line {@code line} (the end of the text if there are fewer lines). */
    private static int lineStart(String text, int line) {
        int p = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', p);
            if (nl < 0) {
                return text.length();
            }
            p = nl + 1;
        }
        return p;
    }

    /** This spot moved by {@code offset} characters, e.g. past the whitespace stripped before parsing. */
    TextSpot shift(int offset) {
        return new TextSpot(index + offset, quoted);
    }

    /** "column C" for one-line text, else "line L, column C" (1-based), as the user sees {@code text}. */
    String position(String text) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        String column = "column " + (index - lineStart + 1);
        if (text.indexOf('\n') < 0) {
            return column;
        }
        return "line " + (text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1) + ", " + column;
    }

    /**
     * Two lines: the excerpt of the spot's line around it ({@code ...nor_conv_3x4~0...}) and a caret
     * under the spot. Tabs become spaces so the caret lines up in a monospaced font.
     */
    String marker(String text, int radius) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int lineEnd = text.indexOf('\n', index);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, index - radius);
        int to = Math.min(lineEnd, index + radius + 1);
        String left = from > lineStart ? "..." : "";
        String excerpt = left + text.substring(from, to).replace('\t', ' ') + (to < lineEnd ? "..." : "");
        return excerpt + "\n" + " ".repeat(left.length() + index - from) + "^";
    }
}

package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;

import java.util.Collection;
import java.util.Locale;

/**
 * Names from a file (columns, keys) listed in a message: each escaped and cut as {@link Quote#token} does, and the
 * list itself cut once it passes about {@link Quote#MAX} characters, saying how many were left out; a header of
 * 100,000 columns must not become a 1 MB message.
 */
public final class Names {

    private Names() {
    }

    /** {@code a, b, c} or, cut, {@code a, b, c, … and 99,997 more}. */
    public static String list(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (String n : names) {
            if (shown > 0 && sb.length() >= Quote.MAX) {
                break;
            }
            if (shown > 0) {
                sb.append(", ");
            }
            sb.append(Quote.token(n));
            shown++;
        }
        if (shown < names.size()) {
            sb.append(String.format(Locale.ROOT, ", … and %,d more", names.size() - shown));
        }
        return sb.toString();
    }
}

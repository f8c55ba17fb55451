package io.github.sedexplorer.ui.explore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table reader's message in the app's terms. The readers are shared with the command line, where the way out of
 * some errors is a flag; in the app there are no flags, so a clause that names one is cut, and what to do in the
 * app (which menu, in which order) is added for the errors that have a way out.
 */
public final class TableAdvice {

    private static final Pattern FLAG = Pattern.compile("--[a-z][a-z0-9-]*");
    private static final Pattern API_INDEX = Pattern.compile("(?i)\\bAPI ind(ex|ices)\\b");
    private static final Pattern NO_ARCH = Pattern.compile("(?i)\\b(no column holds|does not hold) architectures\\b");

    static final String LOAD_INDEX_TABLE_FIRST = "In the app: File → Open benchmark table… that NB201 table first, "
            + "then this one again.";
    static final String ARCH_BY_CONTENT = "In the app, the architecture column is found by what it holds: one column "
            + "must hold NB201 or TransNAS arch strings, NAS-Bench-101 specs or DARTS genotypes "
            + "(File → Import architecture… shows whether one value reads).";

    private TableAdvice() {
    }

    /** The message without command-line flag hints, with what to do in the app added where there is something. */
    public static String inAppTerms(String message) {
        if (message == null) {
            return "";
        }
        String s = withoutFlags(message);
        String advice = API_INDEX.matcher(s).find() ? LOAD_INDEX_TABLE_FIRST
                : NO_ARCH.matcher(s).find() ? ARCH_BY_CONTENT : null;
        return advice == null ? s : s + "\n" + advice;
    }

    /** Cuts every clause (from the separator before it to the next ';' or the end) that names a flag. */
    static String withoutFlags(String message) {
        String s = message;
        Matcher m = FLAG.matcher(s);
        while (m.find()) {
            int at = m.start();
            int from = Math.max(Math.max(s.lastIndexOf("; ", at), s.lastIndexOf(", ", at)), s.lastIndexOf(": ", at));
            int to = s.indexOf(';', m.end());
            if (from < 0) {
                from = 0;
            }
            s = (s.substring(0, from) + (to < 0 ? "" : s.substring(to))).strip();
            m = FLAG.matcher(s);
        }
        return s.replaceAll("[;:,]\\s*$", "").strip();
    }
}

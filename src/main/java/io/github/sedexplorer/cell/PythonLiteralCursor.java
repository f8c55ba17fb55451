package io.github.sedexplorer.cell;

/**
 * A cursor over the Python literal syntax benchmarks print (names, quoted strings, non-negative
 * integers, brackets, commas): skips any whitespace between tokens, and every error it raises is a
 * {@link CellFormatException} at the 1-based column of the offending token.
 */
final class PythonLiteralCursor {

    /** Sources and op indices are small; anything longer than this is a typo, not a node. */
    private static final int MAX_DIGITS = 9;
    /** Longer than any keyword (normal_concat), long enough to quote: see {@link #peekName()}. */
    private static final int LONGEST_NAME = Quote.MAX + 1;

    private final String text;
    private final String what;
    private int p;

    /** @param what the name of the format, for messages: "genotype", "NASLib compact key" */
    PythonLiteralCursor(String text, String what) {
        this.text = text;
        this.what = what;
    }

    /** The 1-based column of the next token. */
    int column() {
        skipSpace();
        return p + 1;
    }

    boolean atEnd() {
        skipSpace();
        return p >= text.length();
    }

    /** Whether the next token is the character c (not consumed). */
    boolean at(char c) {
        skipSpace();
        return p < text.length() && text.charAt(p) == c;
    }

    /** Consumes c if it comes next. */
    boolean accept(char c) {
        if (at(c)) {
            p++;
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (!accept(c)) {
            throw unexpected("'" + c + "'");
        }
    }

    /** Consumes an opening '(' or '[' and returns the bracket that closes it. */
    char open(String expected) {
        if (accept('(')) {
            return ')';
        }
        if (accept('[')) {
            return ']';
        }
        throw unexpected(expected);
    }

    /** After an item of a sequence: true when the closer ends it (a trailing comma is allowed), false after a comma. */
    boolean closeOrComma(char closer) {
        if (accept(closer)) {
            return true;
        }
        if (accept(',')) {
            return accept(closer);
        }
        throw unexpected("',' or '" + closer + "'");
    }

    /** Whether the next token is the name kw (not consumed). */
    boolean atName(String kw) {
        return kw.equals(peekName());
    }

    /** Consumes the exact name kw, e.g. {@code Genotype} or {@code normal_concat}. */
    void keyword(String kw) {
        int start = column();
        if (!kw.equals(peekName())) {
            throw unexpected("'" + kw + "'");
        }
        p = start - 1 + kw.length();
    }

    /** Consumes a quoted string (single or double quotes, no escapes) and returns its content. */
    String string() {
        skipSpace();
        if (p >= text.length() || (text.charAt(p) != '\'' && text.charAt(p) != '"')) {
            throw unexpected("a quoted operation name");
        }
        char quote = text.charAt(p);
        int close = text.indexOf(quote, p + 1);
        int newline = text.indexOf('\n', p + 1);
        if (close < 0 || (newline >= 0 && newline < close)) {
            throw error("unterminated string", p + 1);
        }
        String s = text.substring(p + 1, close);
        p = close + 1;
        return s;
    }

    /** Consumes a non-negative decimal integer. */
    int integer(String expected) {
        skipSpace();
        int start = p;
        while (p < text.length() && isDigit(text.charAt(p))) {
            p++;
        }
        if (p == start) {
            throw unexpected(expected);
        }
        if (p - start > MAX_DIGITS) {
            throw error("number " + Quote.token(text.substring(start, Math.min(p, start + Quote.MAX + 1)))
                    + " is far too large", start + 1);
        }
        return Integer.parseInt(text, start, p, 10);
    }

    /** Requires that nothing but whitespace (and comments) is left. */
    void end(String after) {
        if (!atEnd()) {
            throw error("unexpected " + describeNext() + " after " + after, p + 1);
        }
    }

    CellFormatException error(String problem, int column) {
        return CellFormatException.atColumn(problem, column);
    }

    /** "expected X but found Y" at the next token. */
    CellFormatException unexpected(String expected) {
        int col = column();
        if (p >= text.length()) {
            return error(what + " ends early: expected " + expected, col);
        }
        return error("expected " + expected + " but found " + describeNext(), col);
    }

    private String describeNext() {
        String name = peekName();
        if (name != null) {
            return Quote.quoted(name);
        }
        int q = p;
        while (q < text.length() && isDigit(text.charAt(q)) && q - p <= Quote.MAX) {
            q++;
        }
        return Quote.quoted(q > p ? text.substring(p, q) : Nb201ArchString.charAt(text, p));
    }

    /**
     * The identifier starting at the next token, or null. Read up to {@link #LONGEST_NAME} characters: no keyword is
     * longer, and a longer name is only ever quoted (cut to {@link Quote#MAX}), so a 1 MB name costs no 1 MB copy.
     */
    private String peekName() {
        skipSpace();
        int q = p;
        int max = Math.min(text.length(), p + LONGEST_NAME);
        while (q < max && (isAsciiLetter(text.charAt(q)) || text.charAt(q) == '_'
                || (q > p && isDigit(text.charAt(q))))) {
            q++;
        }
        return q > p ? text.substring(p, q) : null;
    }

    /** Whitespace and Python comments ({@code #} to the end of the line, as in AutoDL's genotypes.py). */
    private void skipSpace() {
        p = skipSpace(p);
    }

    private int skipSpace(int q) {
        while (q < text.length()) {
            char c = text.charAt(q);
            if (c == '#') {
                int newline = text.indexOf('\n', q);
                q = newline < 0 ? text.length() : newline + 1;
            } else if (Character.isWhitespace(c)) {
                q++;
            } else {
                break;
            }
        }
        return q;
    }

    /** Whether the next two tokens both open a bracket, as in {@code (('op', 0), ...)} (nothing consumed). */
    boolean atNestedOpen() {
        skipSpace();
        if (p >= text.length() || (text.charAt(p) != '(' && text.charAt(p) != '[')) {
            return false;
        }
        int q = skipSpace(p + 1);
        return q < text.length() && (text.charAt(q) == '(' || text.charAt(q) == '[');
    }

    // ASCII only: Character.isDigit accepts other scripts' digits, which Integer.parseInt would then read
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package io.github.sedexplorer.fuzz;

/**
 * One broken fuzz assertion. {@link #kind()} is stable across inputs (no input text, no numbers that vary), so
 * failures group by it and the shrinker keeps an input only while it still fails the same way; {@link #detail()}
 * is this input's particulars (the message, the numbers).
 */
final class Violation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String detail;

    Violation(String kind, String detail) {
        super(kind + ": " + detail, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    Violation(String kind, String detail, Throwable cause) {
        super(kind + ": " + detail, cause, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    String kind() {
        return kind;
    }

    String detail() {
        return detail;
    }
}

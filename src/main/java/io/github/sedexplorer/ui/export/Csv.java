package io.github.sedexplorer.ui.export;

import io.github.sedexplorer.bench.CsvFields;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The CSV every export of the app writes (the chart's data, the proxy comparison): RFC 4180, CRLF line ends, a
 * field with a comma, quote, CR or LF in double quotes with its quotes doubled. A text field that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a CR, as OWASP lists) gets a leading
 * {@code '}, so a column name or arch string from a table cannot run as a formula when the file is opened;
 * numbers are left alone ({@code -0.5} and {@code -inf} are numbers, whether written by {@link #number} or
 * passing through {@link #text}).
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder();
    private boolean inRow;

    /** Appends a text field. */
    public Csv text(String s) {
        return field(textField(s));
    }

    /** Appends a number field (see {@link #numberField}). */
    public Csv number(double v) {
        return field(numberField(v));
    }

    /** Appends a whole number. */
    public Csv integer(long v) {
        return field(Long.toString(v));
    }

    /** Appends text fields as one whole row. */
    public Csv row(String... texts) {
        for (String t : texts) {
            text(t);
        }
        return end();
    }

    /** Ends the row (CRLF). */
    public Csv end() {
        out.append("\r\n");
        inRow = false;
        return this;
    }

    private Csv field(String f) {
        if (inRow) {
            out.append(',');
        }
        out.append(f);
        inRow = true;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One text field: neutralised when it would start a formula, then quoted when it must be. */
    public static String textField(String s) {
        String t = s == null ? "" : s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !NUMBER.matcher(t).matches()) {
            t = "'" + t;
        }
        return CsvFields.quote(t);
    }

    /** Every digit needed to read the double back, plain decimal without trailing zeros; empty for NaN; inf, -inf. */
    public static String numberField(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}

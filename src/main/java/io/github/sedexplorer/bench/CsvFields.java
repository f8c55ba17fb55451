package io.github.sedexplorer.bench;

/** RFC 4180 quoting for one field written out, the counterpart of what {@link CsvRecords} reads. */
public final class CsvFields {

    private CsvFields() {
    }

    /** The field as it is, or in double quotes with its quotes doubled when it holds a comma, quote, CR or LF. */
    public static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

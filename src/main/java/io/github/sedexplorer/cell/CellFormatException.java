package io.github.sedexplorer.cell;

/**
 * Text that is not a valid encoding of a cell. {@link #position()} is the 1-based character column
 * (for one-line formats) or a JSON path such as {@code $.matrix[2][3]}; the message includes it.
 */
public class CellFormatException extends SedException {
    private static final long serialVersionUID = 1L;

    private final String position;
    private final String problem;

    public CellFormatException(String problem, String position) {
        super(position == null ? problem : problem + " (at " + position + ")");
        this.problem = problem;
        this.position = position;
    }

    /** A problem at a 1-based character column. */
    public static CellFormatException atColumn(String problem, int column) {
        return new CellFormatException(problem, "column " + column);
    }

    public String position() {
        return position;
    }

    public String problem() {
        return problem;
    }
}

package io.github.sedexplorer.cell;

/** The one kind of error our parsers and cell builders throw: it says what is wrong and where. */
public class SedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SedException(String message) {
        super(message);
    }

    public SedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.github.sedexplorer.log;

import io.github.sedexplorer.cell.Quote;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log of unexpected errors (bugs, not bad input), each with its stack trace, in {@value #FILE_NAME} in the
 * user's data directory ({@link UserDirs#data()}), so that the one line the user sees can say where the details
 * are. java.util.logging; each record is appended on its own (errors are rare, and two running copies of the
 * program can share the file), and a log over 1 MB is moved to {@code sed-explorer.log.1} when first opened.
 * If the file cannot be written, records go to standard error and {@link #where()} says so.
 */
public final class ErrorLog {

    public static final String FILE_NAME = "sed-explorer.log";

    private static final long ROTATE_AT = 1 << 20;
    private static final Logger LOG = Logger.getLogger("io.github.sedexplorer");
    private static Path file;
    private static boolean ready;

    private ErrorLog() {
    }

    /**
     * Opens the log now, so that records of the program's other loggers ({@code io.github.sedexplorer.*}, e.g. a
     * temp file the cell writer could not remove) reach the file too; the app calls it at start.
     */
    public static void install() {
        open();
    }

    /** Logs an unexpected error with its stack trace; returns where the log is, for the user's message. */
    public static String unexpected(String context, Throwable error) {
        open();
        LOG.log(Level.SEVERE, context, error);
        return where();
    }

    /** Logs something that went wrong without stopping the user (a temp file that could not be removed ...). */
    public static void warning(String message, Throwable error) {
        open();
        LOG.log(Level.WARNING, message, error);
    }

    /** The log file, or null when it cannot be written (records then go to standard error). */
    public static synchronized Path file() {
        open();
        return file;
    }

    /** The log file's path, or "standard error". */
    public static synchronized String where() {
        open();
        return file == null ? "standard error" : file.toString();
    }

    private static synchronized void open() {
        if (ready) {
            return;
        }
        ready = true;
        try {
            Path dir = Files.createDirectories(UserDirs.data());
            Path log = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(log) && Files.size(log) > ROTATE_AT) {
                Files.move(log, dir.resolve(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(log, new byte[0], StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            file = log;
            LOG.addHandler(new AppendingHandler(log));
            LOG.setUseParentHandlers(false);
        } catch (IOException | RuntimeException e) {
            file = null; // the root logger's console handler writes the records to standard error
        }
    }

    /** Appends each record to the file, control characters escaped (the log is read on terminals). */
    private static final class AppendingHandler extends Handler {
        private final Path log;
        private final Formatter format = new Formatter() {
            @Override
            public String format(LogRecord r) {
                StringWriter trace = new StringWriter();
                if (r.getThrown() != null) {
                    r.getThrown().printStackTrace(new PrintWriter(trace));
                }
                return Quote.safe(String.format(Locale.ROOT, "%1$tF %1$tT %2$s %3$s%n%4$s", r.getMillis(), r.getLevel(),
                        formatMessage(r), trace));
            }
        };

        AppendingHandler(Path log) {
            this.log = log;
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (!isLoggable(r)) {
                return;
            }
            try {
                Files.writeString(log, format.format(r), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException | RuntimeException e) {
                System.err.print(format.format(r));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}

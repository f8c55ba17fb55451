package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.log.ErrorLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug on the command line: exit 1, one line that says where the log is, the stack trace in the log and not on stderr. */
class InternalErrorTest {

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a broken invariant \u001b[2J");
        }
    }

    @Command(name = "deep")
    static final class Deep implements Runnable {
        @Override
        public void run() {
            throw new StackOverflowError();
        }
    }

    private static List<String> run(String command, int[] code) {
        CommandLine cl = new CommandLine(new SedExplorerCommand()).addSubcommand(new Boom()).addSubcommand(new Deep());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        code[0] = SedExplorerCommand.run(cl, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), command);
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aBugIsOneLineNamingTheLogWithItsStackTraceInTheLog() throws Exception {
        Path log = ErrorLog.file();
        long before = log == null ? 0 : Files.size(log);
        for (String command : List.of("boom", "deep")) {
            int[] code = new int[1];
            List<String> err = run(command, code);
            assertEquals(1, code[0], "a bug is exit 1, never 2 (bad input) or 0");
            assertEquals(1, err.size(), "one line: " + err);
            assertTrue(err.get(0).startsWith("internal error (a bug in SED Explorer, not in your input): "), err.get(0));
            assertTrue(err.get(0).endsWith("; the details are in " + ErrorLog.where()), err.get(0));
            assertFalse(err.get(0).contains("\u001b"), "escaped like every message");
        }
        assertTrue(log != null, "the log is writable in the test data directory");
        String logged = Files.readString(log).substring((int) before);
        assertTrue(logged.contains("java.lang.IllegalStateException: a broken invariant \\u001b[2J"), logged);
        assertTrue(logged.contains("at io.github.sedexplorer.cli.InternalErrorTest$Boom.run"), "the stack trace is logged");
        assertTrue(logged.contains("java.lang.StackOverflowError"), logged);
    }
}

package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cli.SedExplorerCommand;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line, run in-process through {@link SedExplorerCommand#run(java.io.InputStream, PrintStream, PrintStream, String...)},
 * and assertion (c) on what it printed: exit code 0 or 2 (never 1, an internal error), no stack trace or
 * exception name on stderr, no raw control character on either stream, every stderr line short, and a message
 * on stderr whenever the exit code is 2.
 */
final class Cli {

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }
    }

    /** The lines of printed text, without the empty string after its final newline. */
    static List<String> lines(String s) {
        List<String> l = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        return l;
    }

    private Cli() {
    }

    static Result run(byte[] stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = SedExplorerCommand.run(new ByteArrayInputStream(stdin), o, e, args.toArray(String[]::new));
        } catch (Throwable t) {
            throw Checks.escaped("SedExplorerCommand.run " + args.get(0), t);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** (c) for any command. */
    static void generic(String command, Result r) {
        String firstErr = r.errLines().isEmpty() ? "" : r.errLines().get(0);
        Checks.require(r.code() == 0 || r.code() == 2, command + ": exit code " + r.code() + (r.code() == 1 ? " (internal error)" : ""),
                Render.text(firstErr, 300));
        for (String marker : new String[] {"\tat ", "Exception", "internal error"}) {
            int at = r.err().indexOf(marker);
            Checks.require(at < 0, command + ": stderr holds '" + marker.strip() + "' (a stack trace or an internal error)",
                    Render.text(r.err().substring(Math.max(0, at - 100), Math.min(r.err().length(), at + 200)), 400));
        }
        int c = Checks.rawControl(r.out());
        Checks.require(c < 0, command + ": raw " + Checks.controlKind(c) + " on stdout", String.format("U+%04X", c));
        c = Checks.rawControl(r.err());
        Checks.require(c < 0, command + ": raw " + Checks.controlKind(c) + " on stderr", String.format("U+%04X", c));
        String longest = Checks.longestLineText(r.err());
        Checks.require(longest.length() <= Checks.MAX_MESSAGE_LINE, command + ": a stderr line longer than " + Checks.MAX_MESSAGE_LINE + " chars",
                longest.length() + " chars: " + Render.text(longest, 240));
        Checks.require(r.code() != 2 || !r.err().isBlank(), command + ": exit code 2 without a message on stderr", "");
    }

    /** What {@code TerminalSafeWriter} and a UTF-8 stream make of a line of output: controls escaped, lone surrogates '?'. */
    static String printed(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c == '\n' || c == '\t' || !Quote.isControl(c) ? String.valueOf(c) : Quote.escaped(c));
        }
        return new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting of one output field, as {@code score} writes the arch. */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

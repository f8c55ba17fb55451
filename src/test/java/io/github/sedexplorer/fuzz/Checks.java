package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.SedException;

import java.util.concurrent.Callable;

/**
 * Assertion (a): the code under test throws nothing but {@link SedException} and its subclasses. Any other
 * throwable (an NPE, NumberFormatException, UncheckedIOException, StackOverflowError, OutOfMemoryError ...)
 * becomes a {@link Violation} whose kind names the throwable's class, the API called and the program's frame it
 * came from.
 */
final class Checks {

    /** A call's result, or the domain error it threw. */
    record Outcome<T>(T value, SedException error) {
        boolean ok() {
            return error == null;
        }
    }

    private Checks() {
    }

    static <T> Outcome<T> domain(String api, Callable<T> call) {
        try {
            return new Outcome<>(call.call(), null);
        } catch (SedException e) {
            return new Outcome<>(null, e);
        } catch (Violation v) {
            throw v;
        } catch (Throwable t) { // the point: an Error (stack overflow, out of memory) is a finding too
            throw escaped(api, t);
        }
    }

    static void run(String api, ThrowingRunnable call) {
        domain(api, () -> {
            call.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static Violation escaped(String api, Throwable t) {
        return new Violation("escaped " + t.getClass().getName() + " from " + api + " (at " + frame(t) + ")",
                String.valueOf(t.getMessage()).lines().findFirst().orElse("") + " [at " + frameWithLine(t) + "]", t);
    }

    /** The program's frame nearest the throw, without its line number (stable while the code changes). */
    static String frame(Throwable t) {
        StackTraceElement e = programFrame(t);
        return e == null ? "?" : simple(e.getClassName()) + "." + e.getMethodName();
    }

    static String frameWithLine(Throwable t) {
        return frameWithLine(t.getStackTrace());
    }

    static String frame(StackTraceElement[] stack) {
        StackTraceElement e = programFrame(stack);
        return e == null ? "?" : simple(e.getClassName()) + "." + e.getMethodName();
    }

    static String frameWithLine(StackTraceElement[] stack) {
        StackTraceElement e = programFrame(stack);
        return e == null ? "?" : simple(e.getClassName()) + "." + e.getMethodName() + ":" + e.getLineNumber();
    }

    private static StackTraceElement programFrame(Throwable t) {
        return programFrame(t.getStackTrace());
    }

    private static StackTraceElement programFrame(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("io.github.sedexplorer.") && !e.getClassName().startsWith("io.github.sedexplorer.fuzz.")) {
                return e;
            }
        }
        return stack.length == 0 ? null : stack[0];
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    static void require(boolean condition, String kind, String detail) {
        if (!condition) {
            throw new Violation(kind, detail);
        }
    }

    /** The longest line of a text, for the "messages are short" check. */
    static String longestLineText(String s) {
        int best = 0;
        int bestStart = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                if (i - start > best) {
                    best = i - start;
                    bestStart = start;
                }
                start = i + 1;
            }
        }
        return s.substring(bestStart, bestStart + best);
    }

    /** The first raw control character a terminal would act on (C0 but tab and line breaks, DEL, C1), or -1. */
    static int rawControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f) {
                return c;
            }
        }
        return -1;
    }

    static String controlKind(int c) {
        return c == 0x1b ? "ESC" : c >= 0x80 ? "C1 control" : c == '\r' ? "lone CR" : c == 0x7f ? "DEL" : "C0 control";
    }

    /** Message bound (c): no line of a message may exceed this, whatever the input's size. */
    static final int MAX_MESSAGE_LINE = 1_000;

    /** For paths with no command line (cell files, shown in a dialog): the domain error's own message must be short. */
    static void shortMessage(String api, SedException e) {
        String m = String.valueOf(e.getMessage());
        require(m.length() <= MAX_MESSAGE_LINE, api + ": SedException message longer than " + MAX_MESSAGE_LINE + " chars",
                m.length() + " chars: " + Render.text(m, 200));
    }
}

package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.log.ErrorLog;
import io.github.sedexplorer.sed.SedModels;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code sed-explorer <subcommand>}. Bad input exits 2, with a message and no stack trace. */
@Command(name = "sed-explorer", mixinStandardHelpOptions = true, version = "SED Explorer 0.1.0",
        description = {"Scores neural-network cells with " + SedModels.PROVENANCE + ".",
                "Without a subcommand (and without arguments) java -jar sed-explorer.jar opens the desktop app."},
        subcommands = {ScoreCommand.class, CorrelateCommand.class, TablesCommand.class, SpacesCommand.class, EnumerateCommand.class,
                SearchCommand.class, DrawCommand.class, CommandLine.HelpCommand.class})
public final class SedExplorerCommand implements Runnable {

    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A bug, not bad input: one line for the user, the stack trace in the log. */
    private static String internalError(Throwable e) {
        return internalError(e, ErrorLog.unexpected("command line: unexpected error", e));
    }

    /** The one line a bug gets, {@code log} being where its stack trace was written. */
    static String internalError(Throwable e, String log) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : Quote.token(e.getMessage(), 200);
        return "internal error (a bug in SED Explorer, not in your input): " + what + "; the details are in " + log;
    }

    public static int run(String... args) {
        return run(System.in, System.out, System.err, args);
    }

    /** Runs the CLI on the given streams (tests use this). */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(new CommandLine(new SedExplorerCommand()), in, out, err, args);
    }

    /** Runs a command line built from this one (tests add a subcommand that fails as a bug would). */
    static int run(CommandLine cl, InputStream in, PrintStream out, PrintStream err, String... args) {
        cl.setOut(new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true));
        cl.setExitCodeExceptionMapper(e -> e instanceof SedException || e instanceof CommandLine.ParameterException
                ? EXIT_BAD_INPUT : 1);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(e instanceof SedException ? "error: " + e.getMessage() : internalError(e));
            line.getErr().flush();
            return line.getExitCodeExceptionMapper().getExitCode(e);
        });
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand() instanceof ScoreCommand score) {
                score.stdin = in;
                score.stdout = out; // rows as bytes, made terminal-safe once per distinct row
            } else if (sub.getCommand() instanceof DrawCommand draw) {
                draw.stdin = in;
                draw.stdout = out; // a PNG's bytes, raw
            }
        }
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) { // picocli passes Errors (a stack overflow ...) through its handler
            cl.getErr().println(internalError(e));
            code = 1;
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }
}

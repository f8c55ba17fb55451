package io.github.sedexplorer.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code correlate} through the CLI entry point, on every table format ({@code --table}) and on index tables
 * ({@code --index-table}), with the options a user gives now and then. Beyond (c): when it succeeds, its load report
 * ({@code N rows read, K kept, S skipped}) adds up and, where the file's structure is known, N is the number of
 * data rows; the report it prints on stdout has short lines too.
 */
@ExtendWith(FuzzReport.class)
class CliCorrelateFuzzTest {

    private static final Pattern REPORT = Pattern.compile("([\\d,]+) rows read, ([\\d,]+) kept(?:, ([\\d,]+) skipped)?");

    @TempDir
    Path dir;

    @Test
    void correlate() {
        Fuzzer.run("cli/correlate", CliCorrelateFuzzTest::input, in -> check("cli/correlate", in));
    }

    @Test
    void correlateWithIndexTable() {
        Fuzzer.run("cli/correlate-index", (r, i) -> options(IndexInputs.make(r, i), r), in -> check("cli/correlate-index", in));
    }

    static FuzzInput input(SplittableRandom r, int number) {
        TableInputs.Format f = TableInputs.Format.values()[r.nextInt(TableInputs.Format.values().length)];
        return options(TableInputs.make(f, r, number), r);
    }

    /** Now and then the options a user gives. */
    static FuzzInput options(FuzzInput in, SplittableRandom r) {
        List<String> args = new ArrayList<>(TableFuzzTest.withOptions(in, r).args());
        if (!in.how().startsWith(Fuzzer.VALID) && r.nextInt(3) == 0) {
            switch (r.nextInt(8)) {
                case 0 -> args.addAll(List.of("--proxy", "columns"));
                case 1 -> args.addAll(List.of("--proxy", "live-conv", "--proxy", "params", "--proxy", "sed-flow"));
                case 2 -> args.addAll(List.of("--rows", "own"));
                case 3 -> args.add("--json");
                case 4 -> args.addAll(List.of("--top-k", new String[] {"0.001", "5", "100", "50"}[r.nextInt(4)]));
                case 5 -> args.addAll(List.of("--channels", new String[] {"1", "7", "1000", "0"}[r.nextInt(4)]));
                case 6 -> args.addAll(List.of("--target", new String[] {"val_acc", "test_acc", "synflow", "val_accuracy"}[r.nextInt(4)]));
                default -> args.addAll(List.of("--proxy", new String[] {"synflow", "params", "val_acc"}[r.nextInt(3)]));
            }
        }
        return in.withArgs(args);
    }

    void check(String path, FuzzInput in) {
        List<String> args = new ArrayList<>(List.of("correlate"));
        byte[] table;
        if (in.has(IndexInputs.INDEX)) {
            Path index = dir.resolve("index.csv");
            TableChecks.write(index, in.bytes(IndexInputs.INDEX));
            args.addAll(List.of("--index-table", index.toString()));
            table = in.bytes(IndexInputs.DATA);
        } else {
            table = in.bytes(TableInputs.PART);
        }
        Path file = dir.resolve(Shapes.isJson(table) ? "t.json" : "t.csv");
        TableChecks.write(file, table);
        args.addAll(List.of("--table", file.toString()));
        args.addAll(in.args());
        Cli.Result r = Cli.run(new byte[0], args);
        Cli.generic(path, r);
        // the printed report cuts names as messages do; --json is for programs and keeps a column's name whole
        String longest = args.contains("--json") ? "" : Checks.longestLineText(r.out());
        Checks.require(longest.length() <= Checks.MAX_MESSAGE_LINE, path + ": a stdout report line longer than " + Checks.MAX_MESSAGE_LINE + " chars",
                longest.length() + " chars: " + Render.text(longest, 240));
        if (r.code() != 0) {
            return;
        }
        Matcher m = REPORT.matcher(r.err());
        Checks.require(m.find(), path + ": no load report on stderr", Render.text(r.err(), 300));
        long read = number(m.group(1));
        long kept = number(m.group(2));
        long skipped = m.group(3) == null ? 0 : number(m.group(3));
        Checks.require(read == kept + skipped, path + ": rows read != kept + skipped in the load report", m.group());
        boolean json = Shapes.isJson(table);
        Shapes.Json j = json ? Shapes.json(table) : null;
        if (j == null || !j.trailing()) {
            OptionalLong expected = json ? Shapes.jsonRows(table, TableFuzzTest.options(in.args())) : Shapes.csvDataRows(table);
            if (expected.isPresent()) {
                Checks.require(read == expected.getAsLong(), path + ": rows read != the file's data rows (structure known)",
                        "the file holds " + expected.getAsLong() + "; " + m.group());
            }
        }
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }
}

package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cli.ShortestDecimal;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score} through the CLI entry point, on standard input that interleaves known-good lines with mutated
 * ones, blank lines and lines of other spaces, any line ends, now and then broken bytes or a 10 MB line. Beyond
 * (c): every non-blank line gives exactly one output row or one {@code line N: ...} message, in order; every
 * known-good line is scored, with the score, connectivity and parameter count the core gives; the exit code is 0
 * exactly when no line was reported. With {@code --model FILE}, a mutated model file either loads (and then every
 * line is scored with it) or is refused with one {@code error:} line.
 */
@ExtendWith(FuzzReport.class)
class CliScoreFuzzTest {

    static final String STDIN = "stdin";
    static final String MODEL = "model";
    private static final Pattern MESSAGE = Pattern.compile("line (\\d+): .*", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void score() {
        Fuzzer.run("cli/score", CliScoreFuzzTest::input, in -> check("cli/score", in, null));
    }

    @Test
    void scoreWithModelFile() {
        Path model = dir.resolve("m.json");
        Fuzzer.run("cli/score-model", CliScoreFuzzTest::modelInput, in -> {
            TableChecks.write(model, in.bytes(MODEL));
            check("cli/score-model", in, model);
        });
    }

    static FuzzInput input(SplittableRandom r, int number) {
        SearchSpace s = Seeds.LINE_SPACES.get(r.nextInt(Seeds.LINE_SPACES.size()));
        Mutator m = new Mutator(r, LineInputs.donors(r)).costlyOneIn(15);
        List<String> args = new ArrayList<>(List.of("score", "--space", s.id()));
        if (r.nextInt(4) == 0) {
            args.addAll(List.of("--model", "sed-flow"));
        }
        if (r.nextInt(4) == 0) {
            args.addAll(List.of("--channels", String.valueOf(new int[] {1, 3, 64, 1000, 65_536}[r.nextInt(5)])));
        }
        Set<String> good = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        int n = number == 0 ? 40 : 1 + r.nextInt(25);
        for (int i = 0; i < n; i++) {
            int k = number == 0 ? 0 : r.nextInt(100);
            if (k < 35) {
                String g = Seeds.line(s, r);
                good.add(g);
                lines.add(r.nextInt(5) == 0 ? " \t" + g + "  " : g);
            } else if (k < 80) {
                lines.add(m.mutate(Seeds.line(s, r)));
            } else if (k < 88) {
                lines.add(r.nextBoolean() ? "" : "  \t ");
            } else if (k < 95) {
                lines.add(Seeds.line(Seeds.LINE_SPACES.get(r.nextInt(Seeds.LINE_SPACES.size())), r));
            } else {
                lines.add(m.randomText(200));
            }
        }
        if (number == 1 || r.nextInt(400) == 0) {
            m.log.add("10 MB line");
            lines.add(r.nextInt(lines.size() + 1), Seeds.line(s, r) + "x".repeat(10_000_000));
        }
        if (number == 2) {
            lines.clear();
        }
        StringBuilder sb = new StringBuilder();
        String[] ends = {"\n", "\n", "\n", "\r\n", "\r"};
        for (String l : lines) {
            sb.append(l).append(ends[r.nextInt(ends.length)]);
        }
        if (r.nextInt(5) == 0 && sb.length() > 0) {
            sb.setLength(sb.length() - 1); // no final line end
        }
        if (number == 3 || r.nextInt(50) == 0) {
            m.log.add("BOM first");
            sb.insert(0, '\uFEFF'); // as a Windows editor saves UTF-8
        }
        byte[] stdin = m.toBytes(sb.toString(), 8);
        return new FuzzInput(Map.of(STDIN, FuzzInput.Part.bytes(stdin)), args, good,
                s.id() + " " + lines.size() + " lines, " + good.size() + " good; " + String.join(", ", m.log));
    }

    static FuzzInput modelInput(SplittableRandom r, int number) {
        SearchSpace s = Seeds.LINE_SPACES.get(r.nextInt(Seeds.LINE_SPACES.size()));
        Set<String> good = new LinkedHashSet<>();
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String g = Seeds.line(s, r);
            good.add(g);
            stdin.append(g).append('\n');
        }
        FuzzInput model = ModelFileFuzzTest.input(r, number);
        List<String> args = List.of("score", "--space", s.id(), "--model", "<model file>");
        return new FuzzInput(Map.of(STDIN, FuzzInput.Part.bytes(stdin.toString().getBytes(StandardCharsets.UTF_8)),
                MODEL, model.part(ModelFileFuzzTest.PART)), args, good, "model " + model.how());
    }

    static void check(String path, FuzzInput in, Path modelFile) {
        List<String> args = new ArrayList<>(in.args());
        SedModel model = null;
        SearchSpace s = SearchSpace.byId(args.get(2)).orElseThrow();
        int c = args.contains("--channels") ? Integer.parseInt(args.get(args.indexOf("--channels") + 1)) : s.defaultChannels();
        if (modelFile != null) {
            args.set(args.indexOf("<model file>"), modelFile.toString());
            Checks.Outcome<ModelSpec> spec = Checks.domain("ModelFile.readFile", () -> ModelFile.readFile(modelFile));
            if (spec.ok()) {
                model = spec.value().model();
            }
        } else {
            model = SedModels.create(args.contains("--model") ? args.get(args.indexOf("--model") + 1) : SedModels.DEFAULT, c);
        }
        Cli.Result r = Cli.run(in.bytes(STDIN), args);
        Cli.generic(path, r);
        if (model == null) {
            // the model file is refused before any line is read: one message, nothing scored
            Checks.require(r.code() == 2 && r.errLines().size() == 1 && r.errLines().get(0).startsWith("error: "),
                    path + ": a refused model file does not give exit 2 and one 'error:' line (a raw line break from the input?)",
                    Render.text(r.err(), 300));
            return;
        }
        // params are counted at the C the model scores with: a model file's own C, as the app counts them
        accounted(path, in, r, s, model, model.opEntropy().channels());
    }

    /** (b) for score: each non-blank line is one row or one message, in order, good lines scored exactly. */
    static void accounted(String path, FuzzInput in, Cli.Result r, SearchSpace s, SedModel model, int c) {
        List<String> input = inputLines(new String(in.bytes(STDIN), StandardCharsets.UTF_8));
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i).startsWith("\uFEFF")) {
                // a byte order mark is no part of its line: the text's, or each file's in `cat a.txt b.txt`
                input.set(i, input.get(i).substring(1));
            }
        }
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            if (!input.get(i).strip().isEmpty()) {
                nonBlank.add(i + 1);
            }
        }
        List<String> out = r.outLines();
        Checks.require(!out.isEmpty() && out.get(0).equals("arch,score,connected,params"), path + ": stdout does not start with the CSV header",
                out.isEmpty() ? "(empty)" : Render.text(out.get(0), 200));
        List<Integer> reported = new ArrayList<>();
        for (String e : r.errLines()) {
            Matcher m = MESSAGE.matcher(e);
            Checks.require(m.matches(), path + ": a stderr line that is not a 'line N: ...' message", Render.text(e, 200));
            int n = Integer.parseInt(m.group(1));
            Checks.require(reported.isEmpty() || n > reported.get(reported.size() - 1), path + ": 'line N' messages out of order",
                    reported + " then " + n);
            Checks.require(nonBlank.contains(n), path + ": a message for a line that is blank or does not exist", "line " + n + " of " + input.size());
            reported.add(n);
        }
        Checks.require(out.size() - 1 + reported.size() == nonBlank.size(), path + ": rows + messages != non-blank input lines",
                (out.size() - 1) + " rows + " + reported.size() + " messages, " + nonBlank.size() + " non-blank lines");
        Checks.require(r.code() == (reported.isEmpty() ? 0 : 2), path + ": exit code does not match the messages",
                "exit " + r.code() + " with " + reported.size() + " messages");
        int row = 1;
        for (int n : nonBlank) {
            String text = input.get(n - 1).strip();
            boolean good = in.goodLines().contains(text);
            if (reported.contains(n)) {
                Checks.require(!good, path + ": a good line is reported as bad", "line " + n + ": " + Render.text(text, 200));
                continue;
            }
            String printed = out.get(row++);
            String arch = Cli.printed(Cli.csvField(text));
            Checks.require(printed.startsWith(arch + ","), path + ": a row does not echo its input line (rows out of order?)",
                    "line " + n + " " + Render.text(text, 100) + " vs row " + Render.text(printed, 100));
            if (good) {
                Architecture a = ArchitectureFormats.forSpace(s).parse(text);
                double score = model.score(a);
                String shown = Double.isNaN(score) ? "nan" : Double.isInfinite(score) ? (score > 0 ? "inf" : "-inf")
                        : ShortestDecimal.plain(score);
                // connected is the topology's (a score can be −∞ through underflow alone)
                String expected = arch + "," + shown + "," + SedModel.connected(a) + "," + ParamCount.of(a, c);
                Checks.require(printed.equals(expected), path + ": a good line's row differs from the core's score",
                        difference(printed, expected));
            }
        }
    }

    /** Where two texts part: the printed and the expected text from a little before the first difference. */
    static String difference(String printed, String expected) {
        int i = 0;
        while (i < printed.length() && i < expected.length() && printed.charAt(i) == expected.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        return "printed ..." + Render.text(printed.substring(from), 120) + " vs expected ..." + Render.text(expected.substring(from), 120);
    }

    /** Lines as {@link java.io.BufferedReader#readLine} splits them: at LF, CR and CRLF. */
    static List<String> inputLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '\n' || ch == '\r') {
                lines.add(s.substring(start, i));
                i += ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }
}

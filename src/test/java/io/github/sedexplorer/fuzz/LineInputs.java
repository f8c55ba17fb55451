package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One-line architectures of a space (what {@code score} reads, a table's architecture cell, the import dialog's
 * text): fixed edge cases, valid seeds, mutated seeds (other spaces' seeds spliced in now and then), random text.
 */
final class LineInputs {

    static final String PART = "line";

    private LineInputs() {
    }

    static List<String> donors(SplittableRandom r) {
        List<String> d = new ArrayList<>();
        for (SearchSpace s : Seeds.LINE_SPACES) {
            d.add(Seeds.line(s, r));
        }
        return d;
    }

    /** An edge case for small numbers, else null. */
    static String edge(SearchSpace s, SplittableRandom r, int number) {
        return switch (number) {
            case 0 -> "";
            case 1 -> " \t\u00a0\u3000";
            case 2 -> Seeds.line(s, r) + "a".repeat(1_000_000);
            case 3 -> "[".repeat(100_000);
            case 4 -> "(".repeat(100_000);
            case 5 -> "{\"matrix\":".repeat(50_000);
            case 6 -> "Genotype(normal=" + "[".repeat(100_000);
            case 7 -> "\u0000" + Seeds.line(s, r);
            case 8 -> "\u001b[2J\u001b]0;x\u0007" + Seeds.line(s, r) + "\u009b31m";
            case 9 -> Seeds.line(s, r).replace("3", "\u0663").replace("1", "\uff11");
            default -> null;
        };
    }

    static FuzzInput make(SearchSpace s, SplittableRandom r, int number) {
        String edge = edge(s, r, number);
        if (edge != null) {
            return FuzzInput.ofText(PART, edge, "edge #" + number);
        }
        int mode = r.nextInt(100);
        String seed = Seeds.line(s, r);
        if (mode < 8) {
            return FuzzInput.ofText(PART, seed, Fuzzer.VALID + " " + s.id() + " line");
        }
        Mutator m = new Mutator(r, donors(r));
        if (mode < 90) {
            String t = m.mutate(seed);
            return FuzzInput.ofText(PART, t, s.id() + " mutated: " + String.join(", ", m.log));
        }
        return FuzzInput.ofText(PART, m.randomText(300), "random text");
    }
}

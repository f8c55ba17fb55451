package io.github.sedexplorer.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a load read, kept and left out, and why: nothing is dropped silently. Skipped rows are
 * grouped by reason, each group with its count and the first few rows' exact messages.
 */
public final class LoadReport {

    /** How many examples each reason keeps. */
    public static final int EXAMPLES = 5;

    /** How many notes {@link #summary} lists (a table of 30,000 columns may have a note per column). */
    public static final int SUMMARY_NOTES = 20;

    /** One reason rows were skipped (or cells read as missing), how often, and the first few places. */
    public record Issue(String reason, long count, List<String> examples) {
    }

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private long rowsRead;
    private long rowsKept;

    void read() {
        rowsRead++;
    }

    void kept() {
        rowsKept++;
    }

    void skip(String reason, String example) {
        counts.merge(reason, 1L, Long::sum);
        List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(example);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    /** Data rows in the file (header excluded). */
    public long rowsRead() {
        return rowsRead;
    }

    public long rowsKept() {
        return rowsKept;
    }

    public long rowsSkipped() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Issue> skipped() {
        List<Issue> out = new ArrayList<>();
        counts.forEach((reason, n) -> out.add(new Issue(reason, n, List.copyOf(examples.get(reason)))));
        return out;
    }

    /** Remarks that did not skip rows: text columns, non-numeric cells read as missing, duplicates rule. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A few lines for a person: what was kept, what was skipped and why. */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d rows read, %,d kept", rowsRead, rowsKept));
        long skipped = rowsSkipped();
        if (skipped > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d skipped", skipped));
        }
        for (Issue i : skipped()) {
            // one example a line: five parser messages on one line made lines of over a thousand characters
            sb.append(String.format(Locale.ROOT, "%n  %,d × %s, e.g. %s", i.count(), i.reason(), i.examples().get(0)));
            for (String more : i.examples().subList(1, i.examples().size())) {
                sb.append(System.lineSeparator()).append("      ").append(more);
            }
        }
        for (int i = 0; i < notes.size() && i < SUMMARY_NOTES; i++) {
            sb.append(System.lineSeparator()).append("  ").append(notes.get(i));
        }
        if (notes.size() > SUMMARY_NOTES) {
            sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  … and %,d more notes",
                    notes.size() - SUMMARY_NOTES));
        }
        return sb.toString();
    }
}

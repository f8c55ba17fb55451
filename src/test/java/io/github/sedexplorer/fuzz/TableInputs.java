package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.SearchSpace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Table files for the fuzz paths: seeds of every space ({@link Seeds#table}) in CSV, TSV, ';'-separated, JSON
 * (array of rows, object keyed by architecture) and the NASLib zero-cost layout, then one of: left valid (with
 * changes that keep it valid: CRLF, BOM, blank lines, a 100 KB text cell), mutated field by field or row by row
 * (the number of rows stays known), mutated as text, broken at the byte level, or replaced by random bytes.
 */
final class TableInputs {

    enum Format { CSV, TSV, JSON, NASLIB }

    private TableInputs() {
    }

    static final String PART = "table";

    /** Fixed edge cases first, then random ones. */
    static FuzzInput make(Format f, SplittableRandom r, int number) {
        Mutator m = new Mutator(r, List.of());
        SearchSpace space = Seeds.LINE_SPACES.get(r.nextInt(Seeds.LINE_SPACES.size()));
        switch (number) {
            case 0:
                return FuzzInput.ofBytes(PART, new byte[0], "edge: empty file");
            case 1:
                return FuzzInput.ofBytes(PART, "\uFEFF".getBytes(StandardCharsets.UTF_8), "edge: BOM only");
            case 2:
                return bytes(render(f, Seeds.table(space, r), r).lines().findFirst().orElse("") + "\n", "edge: header only");
            case 3: {
                int mb = f == Format.CSV || f == Format.JSON ? 10 : 1; // the 10 MB cases once per reader
                return bytes("a".repeat(mb * 1_000_000), "edge: one " + mb + " MB line");
            }
            case 4: {
                int n = f == Format.CSV || f == Format.JSON ? 10_000_000 : 1_000_000;
                return bytes(f == Format.CSV || f == Format.TSV ? "arch,val_acc\n" + Seeds.nb201(r) + "x".repeat(n) + ",1\n"
                        : "[{\"arch\": \"" + "|".repeat(n) + "\", \"val_acc\": 1}]", "edge: a " + n / 1_000_000 + " MB cell");
            }
            case 5: {
                // bad UTF-8 past the 64 KB the reader sniffs: the rows before it must stay accounted for
                String t = render(f, Seeds.table(space, r), r);
                byte[] a = t.getBytes(StandardCharsets.UTF_8);
                String pad = f == Format.CSV || f == Format.TSV ? "\n" + "x".repeat(70_000) + "\n" : " ".repeat(70_000);
                byte[] p = pad.getBytes(StandardCharsets.UTF_8);
                int cut = f == Format.CSV || f == Format.TSV ? a.length : Math.max(1, a.length - 1);
                byte[] out = new byte[a.length + p.length + 2];
                System.arraycopy(a, 0, out, 0, cut);
                System.arraycopy(p, 0, out, cut, p.length);
                out[cut + p.length] = (byte) 0xff;
                out[cut + p.length + 1] = (byte) 0xfe;
                System.arraycopy(a, cut, out, cut + p.length + 2, a.length - cut);
                return FuzzInput.ofBytes(PART, out, "edge: invalid UTF-8 after 64 KB");
            }
            case 6:
                return bytes("[".repeat(100_000), "edge: 100,000 nested arrays");
            case 7:
                return bytes("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), "edge: 50,000 nested objects");
            case 8:
                return bytes(render(f, Seeds.table(space, r), r) + (f == Format.CSV || f == Format.TSV ? "\"unterminated,1\n"
                        : "\n[{\"arch\": 1}]"), "edge: data after the table / unterminated quote");
            case 9:
                return FuzzInput.ofBytes(PART, new byte[] {'a', ',', 'b', '\n', 0, 0, 0, ',', '1', '\n'}, "edge: NUL bytes");
            case 10: {
                // repeated runs whose run number is no int
                Seeds.Table t = Seeds.table(SearchSpace.NB201, r);
                String text = render(f, t, r);
                return bytes(text.replace("test_acc\"", "test_acc_run99999999999\"").replace("test_acc,", "test_acc_run99999999999,")
                        .replace("test_acc\t", "test_acc_run99999999999\t").replace("test_acc;", "test_acc_run99999999999;"),
                        "edge: a run number past 2^31 in a column name");
            }
            case 11:
                if (f == Format.CSV) { // once: while number parsing is quadratic, this costs seconds
                    return bytes("arch,val_acc\n" + Seeds.nb201(r) + "," + "9".repeat(20_000) + "x\n", "edge: 20,000 digits and a letter in a cell");
                }
                break;
            default:
                break;
        }
        int mode = r.nextInt(100);
        Seeds.Table seed = Seeds.table(space, r);
        if (mode < 8) {
            return valid(f, seed, r, m);
        } else if (mode < 45) {
            return structured(f, seed, r, m);
        } else if (mode < 88) {
            String t = render(f, seed, r);
            String mutated = m.mutate(t);
            byte[] b = m.toBytes(mutated, 6);
            return FuzzInput.ofBytes(PART, b, f + " " + space.id() + " text-mutated: " + String.join(", ", m.log));
        } else if (mode < 94) {
            return FuzzInput.ofBytes(PART, m.breakBytes(render(f, seed, r).getBytes(StandardCharsets.UTF_8)),
                    f + " " + space.id() + " byte-broken: " + String.join(", ", m.log));
        } else if (mode < 97) {
            return FuzzInput.ofBytes(PART, m.toBytes(m.randomText(2000), 0), "random text");
        } else {
            return FuzzInput.ofBytes(PART, m.randomBytes(2000), "random bytes");
        }
    }

    private static FuzzInput bytes(String text, String how) {
        return FuzzInput.ofBytes(PART, text.getBytes(StandardCharsets.UTF_8), how);
    }

    static String render(Format f, Seeds.Table t, SplittableRandom r) {
        return switch (f) {
            case CSV -> t.csv(r.nextInt(4) == 0 ? ';' : ',');
            case TSV -> t.csv('\t');
            case JSON -> r.nextBoolean() ? Seeds.json(r.nextBoolean() || !t.keyable() ? t.jsonArray() : t.jsonKeyed(r.nextInt(3) == 0))
                    : Seeds.pretty(r.nextBoolean() || !t.keyable() ? t.jsonArray() : t.jsonKeyed(false));
            case NASLIB -> r.nextBoolean() ? Seeds.json(Seeds.naslibZc(r)) : Seeds.pretty(Seeds.naslibZc(r));
        };
    }

    private static char delimiter(Format f, SplittableRandom r) {
        return f == Format.TSV ? '\t' : r.nextInt(4) == 0 ? ';' : ',';
    }

    /** A valid table, changed only in ways that keep it valid: it must load, every row read. */
    private static FuzzInput valid(Format f, Seeds.Table seed, SplittableRandom r, Mutator m) {
        List<String> changes = new ArrayList<>();
        String text;
        String longText = "y".repeat(Mutator.LONG[r.nextInt(Mutator.LONG.length)]);
        if (f == Format.CSV || f == Format.TSV) {
            List<String> header = new ArrayList<>(seed.header());
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : seed.rows()) {
                rows.add(new ArrayList<>(row));
            }
            if (r.nextBoolean()) {
                changes.add("long text cell");
                header.add("comment");
                int at = r.nextInt(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i).add(i == at ? longText : "c" + i);
                }
            }
            text = new Seeds.Table(seed.space(), header, rows, 0).csv(delimiter(f, r));
            if (r.nextBoolean()) {
                changes.add("blank lines");
                text = text.replace("\n", r.nextBoolean() ? "\n\n" : "\n   \n");
            }
            if (r.nextBoolean()) {
                changes.add("crlf");
                text = text.replace("\n", "\r\n");
            }
        } else if (f == Format.JSON) {
            JsonNode tree = r.nextBoolean() || !seed.keyable() ? seed.jsonArray() : seed.jsonKeyed(false);
            if (r.nextBoolean()) {
                changes.add("long text value");
                int at = r.nextInt(tree.size());
                JsonNode row = tree.isArray() ? tree.get(at) : tree.get(seed.rows().get(at).get(0));
                ((ObjectNode) row).put("comment", longText);
            }
            text = r.nextBoolean() ? Seeds.pretty(tree) : Seeds.json(tree);
        } else {
            ObjectNode tree = Seeds.naslibZc(r);
            if (r.nextBoolean()) {
                changes.add("long text value");
                ObjectNode first = (ObjectNode) tree.elements().next().elements().next();
                first.put("comment", longText);
            }
            text = r.nextBoolean() ? Seeds.pretty(tree) : Seeds.json(tree);
        }
        if (r.nextInt(4) == 0) {
            changes.add("bom");
            text = "\uFEFF" + text;
        }
        return FuzzInput.ofBytes(PART, text.getBytes(StandardCharsets.UTF_8),
                Fuzzer.VALID + " " + f + " " + seed.space().id() + (changes.isEmpty() ? "" : " (" + String.join(", ", changes) + ")"));
    }

    /** Mutated cell by cell and row by row (CSV) or as a JSON tree: the number of rows stays known. */
    private static FuzzInput structured(Format f, Seeds.Table seed, SplittableRandom r, Mutator m) {
        if (f == Format.CSV || f == Format.TSV) {
            String text = structuredCsv(seed, delimiter(f, r), r, m);
            return FuzzInput.ofBytes(PART, text.getBytes(StandardCharsets.UTF_8),
                    f + " " + seed.space().id() + " field-mutated: " + String.join(", ", m.log));
        }
        JsonNode tree = f == Format.NASLIB ? Seeds.naslibZc(r)
                : r.nextBoolean() || !seed.keyable() ? seed.jsonArray() : seed.jsonKeyed(r.nextInt(3) == 0);
        new JsonMutator(m).mutate(tree);
        if (tree instanceof ArrayNode a && r.nextInt(5) == 0) {
            m.log.add("non-object row");
            a.insert(r.nextInt(a.size() + 1), new JsonMutator(m).value(0));
        }
        String text = r.nextBoolean() ? Seeds.json(tree) : Seeds.pretty(tree);
        return FuzzInput.ofBytes(PART, text.getBytes(StandardCharsets.UTF_8),
                f + " " + seed.space().id() + " tree-mutated: " + String.join(", ", m.log));
    }

    /** The table as CSV, mutated field by field and row by row, line ends and BOM varied; quoting stays clean. */
    static String structuredCsv(Seeds.Table seed, char delimiter, SplittableRandom r, Mutator m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(seed.header());
        for (List<String> row : seed.rows()) {
            rows.add(new ArrayList<>(row));
        }
        int n = 1 + r.nextInt(6);
        for (int k = 0; k < n; k++) {
            int op = r.nextInt(10);
            if (op < 6 || rows.isEmpty()) {
                // one field, the header's now and then
                List<String> row = r.nextInt(8) == 0 || rows.isEmpty() ? header : rows.get(r.nextInt(rows.size()));
                int c = r.nextInt(row.size());
                row.set(c, m.mutateField(row.get(c)));
            } else if (op == 6) {
                m.log.add("delete-row");
                rows.remove(r.nextInt(rows.size()));
            } else if (op == 7) {
                m.log.add("duplicate-row");
                int i = r.nextInt(rows.size());
                rows.add(r.nextInt(rows.size() + 1), new ArrayList<>(rows.get(i)));
            } else if (op == 8) {
                m.log.add("field-count");
                List<String> row = rows.get(r.nextInt(rows.size()));
                if (r.nextBoolean() && row.size() > 1) {
                    row.remove(r.nextInt(row.size()));
                } else {
                    row.add(m.mutateField("x"));
                }
            } else {
                m.log.add("junk-row");
                rows.add(r.nextInt(rows.size() + 1), new ArrayList<>(List.of(m.mutateField(m.randomText(30)))));
            }
        }
        String text = new Seeds.Table(seed.space(), header, rows, 0).csv(delimiter);
        if (r.nextInt(4) == 0) {
            m.log.add("crlf");
            text = text.replace("\n", "\r\n");
        } else if (r.nextInt(8) == 0) {
            m.log.add("lone-cr");
            text = text.replace("\n", "\r");
        }
        if (r.nextInt(6) == 0) {
            m.log.add("bom");
            text = "\uFEFF" + text;
        }
        if (r.nextInt(6) == 0) {
            m.log.add("no final newline");
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}

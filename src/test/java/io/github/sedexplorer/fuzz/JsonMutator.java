package io.github.sedexplorer.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutations of a JSON tree that keep it valid JSON (so the number of rows stays known): values replaced by
 * mutated strings, big integers, 1E+400, −0, "NaN", null, nested objects and arrays, 100 KB strings; keys
 * renamed; fields and elements deleted, added and duplicated; non-object rows. Keys stay under Jackson's name
 * length limit and numbers under its number length limit, which would make the document unreadable rather than
 * odd.
 */
final class JsonMutator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Mutator m;

    JsonMutator(Mutator m) {
        this.m = m;
    }

    /** 1 to 5 mutations; the top-level container keeps its kind (array or object). */
    void mutate(JsonNode root) {
        int n = 1 + m.random().nextInt(5);
        for (int i = 0; i < n; i++) {
            mutateOnce(root);
        }
    }

    private void mutateOnce(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers, 0);
        JsonNode c = containers.get(m.random().nextInt(containers.size()));
        int op = m.random().nextInt(10);
        if (c instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || op < 4) {
                m.log.add("json-add-field");
                o.set(key(), value(0));
                return;
            }
            String name = names.get(m.random().nextInt(names.size()));
            if (op < 7) {
                m.log.add("json-value");
                o.set(name, value(0));
            } else if (op < 9) {
                m.log.add("json-rename");
                JsonNode v = o.remove(name);
                o.set(key(name), v);
            } else {
                m.log.add("json-delete-field");
                o.remove(name);
            }
        } else if (c instanceof ArrayNode a) {
            if (a.size() == 0 || op < 3) {
                m.log.add("json-add-element");
                a.add(m.random().nextBoolean() && a.size() > 0 ? a.get(m.random().nextInt(a.size())).deepCopy() : value(0));
                return;
            }
            int i = m.random().nextInt(a.size());
            if (op < 6) {
                m.log.add("json-element");
                a.set(i, value(0));
            } else if (op < 8) {
                m.log.add("json-duplicate-element");
                a.insert(i, a.get(i).deepCopy());
            } else {
                m.log.add("json-delete-element");
                a.remove(i);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n.isContainerNode() && depth < 40) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out, depth + 1);
            }
        }
    }

    private String key() {
        return key(m.pick(new String[] {"val_acc", "arch", "score", "val_accuracy", "idx", "test_acc_run1", "a.b", "", "x"}));
    }

    private String key(String base) {
        String k = m.random().nextInt(3) == 0 ? m.mutate(base) : base + m.random().nextInt(100);
        return k.length() > 40_000 ? k.substring(0, 40_000) : k;
    }

    JsonNode value(int depth) {
        int k = m.random().nextInt(20);
        return switch (k) {
            case 0 -> F.textNode(m.mutate(m.pick(Mutator.TOKENS)));
            case 1 -> F.textNode(m.pick(Mutator.NUMBERS));
            case 2 -> F.numberNode(new BigInteger("9".repeat(1 + m.random().nextInt(400))));
            case 3 -> F.numberNode(new BigDecimal("1E+400"));
            case 4 -> F.numberNode(new BigDecimal("-1E-400"));
            case 5 -> F.numberNode(-0.0);
            case 6 -> F.numberNode(-1e8);
            case 7 -> F.nullNode();
            case 8 -> F.booleanNode(m.random().nextBoolean());
            case 9 -> {
                ObjectNode o = F.objectNode();
                if (depth < 30) {
                    o.set(m.random().nextBoolean() ? "score" : key(), value(depth + 1));
                }
                yield o;
            }
            case 10 -> {
                ArrayNode a = F.arrayNode();
                if (depth < 30) {
                    a.add(value(depth + 1));
                }
                yield a;
            }
            case 11 -> F.textNode(m.longToken(""));
            case 12 -> F.numberNode(m.random().nextLong());
            case 13 -> F.textNode(m.pick(Mutator.CONTROL));
            case 14 -> F.textNode(m.randomText(40));
            default -> F.numberNode(Math.round(m.random().nextDouble() * 1e5) / 1e3);
        };
    }
}

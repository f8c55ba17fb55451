package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

class CellFileProperties {

    @Property(tries = 300)
    void documentsRoundTrip(@ForAll("documents") CellDocument doc) {
        String text = CellFile.write(doc);
        CellDocument back = CellFile.read(text);
        assertEquals(doc, back, text);
        assertEquals(text, CellFile.write(back));
    }

    @Property(tries = 1000)
    void mutatedDocumentsOnlyFailWithSedException(@ForAll("documents") CellDocument doc,
                                                  @ForAll @Size(min = 1, max = 6) List<@From("mutations") Mutation> mutations) {
        StringBuilder text = new StringBuilder(CellFile.write(doc));
        for (Mutation m : mutations) {
            m.apply(text);
        }
        readsOrFailsCleanly(text.toString());
    }

    @Property(tries = 500)
    void randomStringsOnlyFailWithSedException(@ForAll String text) {
        readsOrFailsCleanly(text);
    }

    @Property(tries = 500)
    void randomJsonishStringsOnlyFailWithSedException(@ForAll("jsonish") String text) {
        readsOrFailsCleanly(text);
    }

    private static void readsOrFailsCleanly(String text) {
        try {
            CellFile.read(text);
        } catch (SedException expected) {
            // the only allowed failure; anything else propagates and fails the property
        }
    }

    /** Delete, insert or replace one character at a relative position of the text. */
    record Mutation(int kind, double where, char c) {
        void apply(StringBuilder text) {
            int at = (int) (where * text.length());
            switch (kind) {
                case 0 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                case 1 -> text.insert(at, c);
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, c);
                    }
                }
            }
        }
    }

    private static final String JSON_CHARS = "{}[]\":,0123456789-+.eE ntrufals\\x\n";

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(toChars(JSON_CHARS))),
                Tuple.of(1, Arbitraries.chars()));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1), chars)
                .as(Mutation::new);
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars(JSON_CHARS.toCharArray()).ofMaxLength(60);
    }

    private static List<Character> toChars(String s) {
        List<Character> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            out.add(c);
        }
        return out;
    }

    // --- random valid documents

    @Provide
    Arbitrary<CellDocument> documents() {
        Arbitrary<Cell> cells = Arbitraries.oneOf(nb201Cells(), freeCells());
        return cells.flatMap(cell -> Combinators.combine(layouts(cell.nodeCount()), texts(), texts())
                .as((layout, title, notes) -> new CellDocument(Architecture.of(cell), List.of(layout), title, notes)));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().ofMaxLength(30));
    }

    private static Arbitrary<Cell> nb201Cells() {
        return Arbitraries.of(SearchSpace.NB201.ops()).list().ofSize(6)
                .map(ops -> Nb201ArchString.fromOps(SearchSpace.NB201, ops.toArray(Op[]::new)));
    }

    /** A DAG on n nodes numbered by a random permutation of its topological order. */
    private static Arbitrary<Cell> freeCells() {
        return Arbitraries.integers().between(2, 8).flatMap(n -> Combinators.combine(
                Arbitraries.shuffle(range(n)),
                freeOps().list().ofSize(n * (n - 1) / 2),
                Arbitraries.of(true, false).list().ofSize(n * (n - 1) / 2)
        ).as((perm, ops, present) -> {
            List<Node> nodes = Arrays.asList(new Node[n]);
            for (int i = 0; i < n; i++) {
                nodes.set(perm.get(i), i == 0 ? Node.INPUT : i == n - 1 ? Node.OUTPUT : Node.INTERMEDIATE);
            }
            List<Edge> edges = new ArrayList<>();
            int k = 0;
            for (int j = 1; j < n; j++) {
                for (int i = 0; i < j; i++, k++) {
                    if (present.get(k)) {
                        edges.add(new Edge(perm.get(i), perm.get(j), ops.get(k)));
                    }
                }
            }
            return Cell.of(SearchSpace.FREE, nodes, edges);
        }));
    }

    private static Arbitrary<Op> freeOps() {
        Arbitrary<Op> sized = Combinators.combine(
                Arbitraries.of(OpFamily.CONV, OpFamily.SEP_CONV, OpFamily.DIL_CONV, OpFamily.AVG_POOL, OpFamily.MAX_POOL),
                Arbitraries.integers().between(1, Op.MAX_KERNEL)).as(Op::new);
        return Arbitraries.oneOf(Arbitraries.of(SearchSpace.FREE.ops()), sized);
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static Arbitrary<Map<Integer, NodePosition>> layouts(int nodes) {
        Arbitrary<NodePosition> position = Combinators.combine(coordinates(), coordinates()).as(NodePosition::new);
        return position.injectNull(0.3).list().ofSize(nodes).map(list -> {
            Map<Integer, NodePosition> layout = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    layout.put(i, list.get(i));
                }
            }
            return layout;
        });
    }

    /** Canvas-like values, awkward decimals, and any finite double bit pattern. */
    private static Arbitrary<Double> coordinates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.doubles().between(-5000, 5000)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, 0.1, 1e-300, Double.MIN_VALUE, -Double.MAX_VALUE)),
                Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)));
    }
}

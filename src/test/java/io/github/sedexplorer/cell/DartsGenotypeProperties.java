package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class DartsGenotypeProperties {

    private static final List<Op> OPS = SearchSpace.DARTS.ops();
    private static final String ALPHABET = "()[],'\"= _0123456789Genotypnormalcuedskip_max3x5\n\t-{}";
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    /** A random valid DARTS architecture: any op (none included), two distinct earlier sources per node, any concat. */
    static Architecture randomArchitecture(Random r, boolean naslib) {
        return Architecture.darts(randomCell(r, naslib), randomCell(r, naslib));
    }

    private static Cell randomCell(Random r, boolean naslib) {
        List<DartsGenotype.Pair> pairs = new ArrayList<>();
        for (int node = 2; node < DartsGenotype.OUTPUT; node++) {
            int a = r.nextInt(node);
            int b = (a + 1 + r.nextInt(node - 1)) % node;
            for (int src : new int[] {a, b}) {
                List<Op> ops = naslib ? DartsGenotype.NASLIB_OPS : OPS;
                pairs.add(new DartsGenotype.Pair(ops.get(r.nextInt(ops.size())), src));
            }
        }
        List<Integer> concat = new ArrayList<>(DartsGenotype.DEFAULT_CONCAT);
        if (!naslib) {
            Collections.shuffle(concat, r);
            concat = concat.subList(0, 1 + r.nextInt(concat.size()));
            if (r.nextBoolean()) {
                Collections.sort(concat);
            }
        }
        return DartsGenotype.cell(pairs, concat);
    }

    @Provide
    Arbitrary<Architecture> architectures() {
        return Arbitraries.randomValue(r -> randomArchitecture(r, false));
    }

    @Provide
    Arbitrary<Architecture> naslibArchitectures() {
        return Arbitraries.randomValue(r -> randomArchitecture(r, true));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(120)
                .flatMap(s -> Arbitraries.of("", "Genotype(", "Genotype(normal=[", "[[(", "[[(0, 1), ")
                        .map(prefix -> prefix + s));
    }

    @Property(tries = 300)
    void formatThenParseIsIdentity(@ForAll("architectures") Architecture a) {
        String text = DartsGenotype.format(a);
        Architecture back = DartsGenotype.parse(text);
        assertEquals(a, back, text);
        assertEquals(text, DartsGenotype.format(back));
    }

    @Property(tries = 300)
    void compactKeysReadLikeTheirGenotype(@ForAll("naslibArchitectures") Architecture a) {
        assertEquals(a, DartsGenotype.parseNaslibCompact(compactKey(a)));
    }

    @Property(tries = 500)
    void noiseOnlyThrowsSedException(@ForAll("noise") String s) {
        onlySedException(s, DartsGenotype::parse);
        onlySedException(s, DartsGenotype::parseNaslibCompact);
    }

    @Property(tries = 1000)
    void mutatedGenotypesOnlyThrowSedException(@ForAll("architectures") Architecture a, @ForAll long seed) {
        String s = mutate(DartsGenotype.format(a), new Random(seed));
        Architecture read = onlySedException(s, DartsGenotype::parse);
        if (read != null) {
            assertEquals(read, DartsGenotype.parse(DartsGenotype.format(read)), s);
        }
        Statistics.coverage(c -> {
            c.check("read").count(n -> n > 0);
            c.check("format error").count(n -> n > 0);
            c.check("rule error").count(n -> n > 0);
        });
    }

    @Property(tries = 1000)
    void mutatedCompactKeysOnlyThrowSedException(@ForAll("naslibArchitectures") Architecture a, @ForAll long seed) {
        onlySedException(mutate(compactKey(a), new Random(seed)), DartsGenotype::parseNaslibCompact);
        Statistics.coverage(c -> {
            c.check("read").count(n -> n > 0);
            c.check("format error").count(n -> n > 0);
            c.check("rule error").count(n -> n > 0);
        });
    }

    /** Parses s; any failure must be a SedException, and a format error's column must lie in 1..length+1. */
    private static Architecture onlySedException(String s, Function<String, Architecture> parser) {
        try {
            Architecture a = parser.apply(s);
            Statistics.collect("read");
            return a;
        } catch (CellFormatException e) {
            Statistics.collect("format error");
            Matcher m = COLUMN.matcher(e.position());
            assertTrue(m.matches(), e.getMessage());
            int column = Integer.parseInt(m.group(1));
            assertTrue(column >= 1 && column <= s.length() + 1, "column " + column + " outside '" + s + "'");
        } catch (CellRuleException e) {
            Statistics.collect("rule error");
            assertTrue(e.getMessage().contains("at column "), e.getMessage());
        } catch (SedException e) {
            // other domain errors are allowed, but none is expected from these parsers
            fail("unexpected plain SedException for '" + s + "': " + e.getMessage());
        } catch (RuntimeException e) {
            fail("'" + s + "' threw " + e, e);
        }
        return null;
    }

    static String compactKey(Architecture a) {
        List<String> cells = new ArrayList<>();
        for (Cell c : a.cells()) {
            List<String> pairs = new ArrayList<>();
            for (DartsGenotype.Pair p : DartsGenotype.pairs(c)) {
                pairs.add("(" + p.src() + ", " + DartsGenotype.NASLIB_OPS.indexOf(p.op()) + ")");
            }
            cells.add("[" + String.join(", ", pairs) + "]");
        }
        return "[" + String.join(", ", cells) + "]";
    }

    /** One to four edits: delete, insert, replace, duplicate or cut a span, swap two characters, change a digit. */
    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int i = r.nextInt(b.length() + 1);
            char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
            int j = Math.min(b.length(), i + 1 + r.nextInt(12));
            switch (r.nextInt(7)) {
                case 0 -> b.insert(i, c);
                case 1 -> { if (i < b.length()) b.deleteCharAt(i); }
                case 2 -> { if (i < b.length()) b.setCharAt(i, c); }
                case 3 -> b.insert(j, b.substring(i, j));
                case 4 -> b.delete(i, j);
                case 5 -> {
                    int d = digitAtOrAfter(b, i);
                    if (d >= 0) {
                        b.setCharAt(d, (char) ('0' + r.nextInt(10)));
                    }
                }
                default -> {
                    if (j < b.length() && i < j) {
                        char t = b.charAt(i);
                        b.setCharAt(i, b.charAt(j));
                        b.setCharAt(j, t);
                    }
                }
            }
        }
        return b.toString();
    }

    private static int digitAtOrAfter(CharSequence s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }
}

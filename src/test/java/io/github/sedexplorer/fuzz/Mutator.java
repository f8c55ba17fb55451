package io.github.sedexplorer.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of valid seeds that matter to these readers: characters and lines inserted, deleted and duplicated,
 * stray and unterminated quotes, delimiters, BOM, CRLF and lone CR, NUL and control sequences (ESC, C1 CSI,
 * bidi overrides), tokens of 100 KB and more, huge, big-integer, NaN and infinite numbers, deep nesting,
 * trailing data, truncation; at the byte level invalid UTF-8. Every choice comes from the given random, so an
 * input is a function of its seed.
 *
 * <p>Each text mutation records its name in {@link #log}, which the failure report prints.
 */
final class Mutator {

    /** How long a "very long" token is: at least 100 KB. */
    static final int[] LONG = {100_000, 150_000, 300_000, 1_000_000};

    static final String[] NUMBERS = {
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "123456789012345678901234567890123456789012345678901234567890",
        "1e308", "1e309", "1e400", "-1e400", "1e-400", "4.9e-324", "2.2250738585072014E-308", "1.7976931348623157e308",
        "NaN", "nan", "-NaN", "Infinity", "-Infinity", "+Infinity", "inf", "-inf", "+inf", "INF",
        "0x1F", "0b101", "1_000", "1,5", "+1", ".5", "5.", "-.5e-3", "1e", "e5", "--1", "1.2.3", "00012", "1E+400",
        "-100000000.0", "-1e8", "1d", "1f", "0.1e-999999999", "1e99999999999",
        "\u0661\u0662\u0663", "\uff11\uff12", "\u0967", "\u00b9", "\u00bd", "12\u00a0345",
    };

    /** Control characters and sequences a terminal reacts to, and other characters readers trip on. */
    static final String[] CONTROL = {
        "\u0000", "\u001b", "\u001b[2J", "\u001b[31mred\u001b[0m", "\u001b]0;title\u0007", "\u001b]8;;http://x\u001b\\",
        "\u009b", "\u009b31m", "\u009d0;t\u009c", "\u0085", "\u0007", "\b", "\u007f", "\u000b", "\f", "\u001c",
        "\u202e", "\u2066", "\u200f", "\u2028", "\u2029", "\r", "\t",
    };

    static final String[] WEIRD = {
        "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\u00e9", "e\u0301", "\u00a0", "\u2003",
        "\u3000", "\u0130", "\u0131", "\u00df", "\u212a", "\uFFFF", "\uFFFE",
    };

    /** Things that look like input to these grammars. */
    static final String[] TOKENS = {
        "|", "~", "+", "|+|", "~0", "~1", "~2", "~3", "~-1", "~99999999999", "none", "skip_connect", "nor_conv_1x1",
        "nor_conv_3x3", "avg_pool_3x3", "max_pool_3x3", "sep_conv_3x3", "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5",
        "conv1x1-bn-relu", "conv3x3-bn-relu", "maxpool3x3", "input", "output", "conv_3x3", "conv_99x99", "NOR_CONV_3X3",
        "64-41414-", "64-41414-3_33_013", "_", "Genotype", "Genotype(", "normal", "reduce", "normal_concat",
        "reduce_concat", "range(2, 6)", "range(", "[2, 3, 4, 5]", "('sep_conv_3x3', 0)", "['skip_connect', 1]",
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\t", "\"", "'", "\\", "\\u0000", "\\ud800", "\"\"", "null", "true",
        "false", "{}", "[]", "\"matrix\"", "\"ops\"", "[[0,1],[0,0]]", "\"format\"", "\"version\"", "\"space\"",
        "\"cells\"", "\"nodes\"", "\"edges\"", "\"deltas\"", "\"channels\"", "\"aggregation\"", "\"name\"",
        "sed-explorer-cell", "sed-explorer-model", "score", "val_accuracy", "arch_index", "idx", "-100000000.0",
        "0", "1", "7", "8", "9", "-1", "49", "\u0000", " ", "  ", "\n", "\r\n",
    };

    /** The characters these grammars are made of. */
    private static final String GRAMMAR = "|~+_()[]{}:,;'\"0123456789-. \n\t";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z_0-9\\-]*");

    private final SplittableRandom r;
    private final List<String> donors;
    final List<String> log = new ArrayList<>();
    /** Long tokens and deep nesting (the costly mutations) are taken one time in this many they come up. */
    private int costlyOneIn = 1;

    /** @param donors other valid seeds, spliced in now and then */
    Mutator(SplittableRandom r, List<String> donors) {
        this.r = r;
        this.donors = donors;
    }

    String pick(String[] options) {
        return options[r.nextInt(options.length)];
    }

    /** 1 to 4 mutations (more rarely up to 8). */
    String mutate(String s) {
        int n = 1 + r.nextInt(r.nextInt(8) == 0 ? 8 : 3);
        for (int i = 0; i < n; i++) {
            s = mutateOnce(s);
        }
        return s;
    }

    /**
     * A mutation that keeps the line and quoting structure: for one field of a table (no quote, CR or LF may
     * appear; a delimiter may, which changes the row's field count but not the number of rows).
     */
    String mutateField(String s) {
        String m = mutate(s);
        return m.replace("\"", "").replace("\r", "").replace("\n", "").replace("\u2028", "");
    }

    String mutateOnce(String s) {
        int op = r.nextInt(100);
        if (op < 10) {
            return insert(s, "insert-char", randomChar());
        } else if (op < 18) {
            return delete(s, 1);
        } else if (op < 24) {
            return delete(s, 1 + r.nextInt(Math.max(1, Math.min(64, s.length() / 2 + 1))));
        } else if (op < 29) {
            return duplicate(s);
        } else if (op < 34) {
            return replaceChar(s);
        } else if (op < 44) {
            return insert(s, "insert-token", pick(TOKENS));
        } else if (op < 52) {
            return replaceMatch(s, NUMBER, "number", pick(NUMBERS));
        } else if (op < 58) {
            return replaceMatch(s, WORD, "word", r.nextBoolean() ? pick(TOKENS) : pick(NUMBERS));
        } else if (op < 64) {
            return lines(s);
        } else if (op < 68) {
            return insert(s, "quote", pick(new String[] {"\"", "'", "\"\"", "\"unterminated", "'unterminated", "\\\""}));
        } else if (op < 70) {
            log.add("bom");
            return r.nextInt(3) == 0 ? insertAt(s, r.nextInt(s.length() + 1), "\uFEFF") : "\uFEFF" + s;
        } else if (op < 73) {
            return lineEnds(s);
        } else if (op < 77) {
            return insert(s, "control", pick(CONTROL));
        } else if (op < 80) {
            return insert(s, "weird-char", pick(WEIRD));
        } else if (op < 82) {
            return costlyOneIn == 1 || r.nextInt(costlyOneIn) == 0 ? longToken(s) : insert(s, "insert-char", randomChar());
        } else if (op < 84) {
            return costlyOneIn == 1 || r.nextInt(costlyOneIn) == 0 ? nesting(s) : insert(s, "insert-token", pick(TOKENS));
        } else if (op < 87) {
            return trailing(s);
        } else if (op < 90) {
            log.add("truncate");
            return s.isEmpty() ? s : s.substring(0, r.nextInt(s.length()));
        } else if (op < 93) {
            return splice(s);
        } else if (op < 97) {
            return insert(s, "whitespace", pick(new String[] {" ", "  ", "\t", " \t ", "\u00a0", "\u3000", "\n", "\r\n"}));
        } else {
            log.add("case");
            int from = s.isEmpty() ? 0 : r.nextInt(s.length());
            int to = Math.min(s.length(), from + 1 + r.nextInt(20));
            String part = s.substring(from, to);
            part = r.nextBoolean() ? part.toUpperCase(java.util.Locale.ROOT) : part.toLowerCase(java.util.Locale.ROOT);
            return s.substring(0, from) + part + s.substring(to);
        }
    }

    String randomChar() {
        return switch (r.nextInt(6)) {
            case 0, 1 -> String.valueOf((char) (0x20 + r.nextInt(0x5f)));
            case 2 -> String.valueOf(GRAMMAR.charAt(r.nextInt(GRAMMAR.length())));
            case 3 -> pick(CONTROL);
            case 4 -> pick(WEIRD);
            default -> String.valueOf((char) r.nextInt(0x10000));
        };
    }

    private int position(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        // near a separator half the time: that is where parsers decide things
        if (r.nextBoolean()) {
            for (int tries = 0; tries < 8; tries++) {
                int p = r.nextInt(s.length());
                if ("|~+,()[]{}:;\"'\n\t ".indexOf(s.charAt(p)) >= 0) {
                    return r.nextBoolean() ? p : p + 1;
                }
            }
        }
        return r.nextInt(s.length() + 1);
    }

    private static String insertAt(String s, int p, String what) {
        return s.substring(0, p) + what + s.substring(p);
    }

    private String insert(String s, String name, String what) {
        log.add(name);
        return insertAt(s, position(s), what);
    }

    private String delete(String s, int n) {
        log.add(n == 1 ? "delete-char" : "delete-range");
        if (s.isEmpty()) {
            return s;
        }
        int p = r.nextInt(s.length());
        return s.substring(0, p) + s.substring(Math.min(s.length(), p + n));
    }

    private String duplicate(String s) {
        log.add("duplicate-range");
        if (s.isEmpty()) {
            return s;
        }
        int p = r.nextInt(s.length());
        int q = Math.min(s.length(), p + 1 + r.nextInt(Math.min(200, s.length())));
        String part = s.substring(p, q);
        return s.substring(0, q) + part.repeat(r.nextInt(10) == 0 ? 2 + r.nextInt(50) : 1) + s.substring(q);
    }

    private String replaceChar(String s) {
        log.add("replace-char");
        if (s.isEmpty()) {
            return randomChar();
        }
        int p = r.nextInt(s.length());
        return s.substring(0, p) + randomChar() + s.substring(p + 1);
    }

    private String replaceMatch(String s, Pattern pattern, String name, String by) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find() && spans.size() < 1000) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return insert(s, name, by);
        }
        log.add(name);
        int[] span = spans.get(r.nextInt(spans.size()));
        return s.substring(0, span[0]) + by + s.substring(span[1]);
    }

    private String lines(String s) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = r.nextInt(lines.size());
        switch (r.nextInt(5)) {
            case 0 -> {
                log.add("delete-line");
                if (lines.size() > 1) {
                    lines.remove(i);
                }
            }
            case 1 -> {
                log.add("duplicate-line");
                lines.add(i, lines.get(i));
            }
            case 2 -> {
                log.add("insert-line");
                lines.add(i, r.nextBoolean() ? "" : mutateOnce(lines.get(r.nextInt(lines.size()))));
            }
            case 3 -> {
                log.add("swap-lines");
                int j = r.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            default -> {
                log.add("blank-line");
                lines.add(i, r.nextBoolean() ? "" : "   \t");
            }
        }
        return String.join("\n", lines);
    }

    private String lineEnds(String s) {
        return switch (r.nextInt(3)) {
            case 0 -> {
                log.add("crlf");
                yield s.replace("\r\n", "\n").replace("\n", "\r\n");
            }
            case 1 -> {
                log.add("lone-cr");
                yield s.replace("\r\n", "\n").replace("\n", "\r");
            }
            default -> insert(s, "cr", "\r");
        };
    }

    /** A token of at least 100 KB: one character, a grammar token or digits, repeated. */
    String longToken(String s) {
        int n = LONG[r.nextInt(r.nextInt(4) == 0 ? LONG.length : LONG.length - 1)];
        String unit = switch (r.nextInt(6)) {
            case 0 -> "a";
            case 1 -> "9";
            case 2 -> " ";
            case 3 -> pick(TOKENS);
            case 4 -> pick(new String[] {"|", ",", "[", "(", "{", "\"", "~", "0", "\u00e9", "\u001b"});
            default -> randomChar();
        };
        if (unit.isEmpty()) {
            unit = "x";
        }
        log.add("long-token(" + n + ")");
        return insertAt(s, position(s), unit.repeat(Math.max(1, n / unit.length())));
    }

    private String nesting(String s) {
        int depth = new int[] {200, 1_100, 5_000, 50_000}[r.nextInt(4)];
        String open = pick(new String[] {"[", "(", "{\"a\":", "[(", "{\"matrix\":"});
        String close = switch (open) {
            case "[" -> "]";
            case "(" -> ")";
            case "[(" -> ")]";
            default -> "}";
        };
        log.add("nesting(" + depth + ")");
        String nest = open.repeat(depth) + (r.nextBoolean() ? "1" + close.repeat(depth) : "");
        return insertAt(s, position(s), nest);
    }

    private String trailing(String s) {
        log.add("trailing-data");
        return s + pick(new String[] {"}", "]", " x", "{}", "\n[1]", ",", "\n{\"a\": 1}", ")", "garbage", "\u0000",
            " // comment", "\n" + (donors.isEmpty() ? "[]" : donors.get(r.nextInt(donors.size())))});
    }

    private String splice(String s) {
        if (donors.isEmpty()) {
            return s;
        }
        log.add("splice");
        String d = donors.get(r.nextInt(donors.size()));
        if (d.isEmpty() || s.isEmpty()) {
            return s + d;
        }
        int a = r.nextInt(d.length());
        int b = Math.min(d.length(), a + 1 + r.nextInt(d.length()));
        int p = r.nextInt(s.length() + 1);
        int q = Math.min(s.length(), p + r.nextInt(Math.max(1, b - a)));
        return s.substring(0, p) + d.substring(a, b) + s.substring(q);
    }

    /** Pure random text: printable ASCII, the grammar's characters, or any UTF-16 unit. */
    String randomText(int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        int kind = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(switch (kind) {
                case 0 -> String.valueOf((char) (0x20 + r.nextInt(0x5f)));
                case 1 -> r.nextInt(4) == 0 ? pick(TOKENS) : String.valueOf(GRAMMAR.charAt(r.nextInt(GRAMMAR.length())));
                default -> randomChar();
            });
        }
        log.add("random-text");
        return sb.toString();
    }

    /** Pure random bytes. */
    byte[] randomBytes(int maxLength) {
        byte[] b = new byte[r.nextInt(maxLength + 1)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        log.add("random-bytes");
        return b;
    }

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xff}, {(byte) 0xfe}, {(byte) 0xc3}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
        {(byte) 0xe2, (byte) 0x82}, {0}, {0, 0, 0, 0}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        {(byte) 0xc2, (byte) 0x9b}, {(byte) 0x1b, '[', '3', '1', 'm'},
    };

    /** Encodes the text as UTF-8 and, now and then, breaks the bytes: invalid UTF-8, NUL, a cut inside a character. */
    byte[] toBytes(String s, int breakOneIn) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (breakOneIn <= 0 || r.nextInt(breakOneIn) != 0) {
            return b;
        }
        return breakBytes(b);
    }

    byte[] breakBytes(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 8);
        switch (r.nextInt(4)) {
            case 0 -> {
                log.add("truncate-bytes");
                out.write(b, 0, b.length == 0 ? 0 : r.nextInt(b.length));
            }
            case 1 -> {
                log.add("flip-byte");
                byte[] c = b.clone();
                if (c.length > 0) {
                    c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
                }
                out.writeBytes(c);
            }
            default -> {
                byte[] bad = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
                log.add("bad-bytes");
                // far from the start now and then: past the 64 KB a reader sniffs
                int p = b.length == 0 ? 0 : r.nextInt(b.length + 1);
                out.write(b, 0, p);
                out.writeBytes(bad);
                out.write(b, p, b.length - p);
            }
        }
        return out.toByteArray();
    }

    /** For inputs made of many mutated pieces: keeps the costly mutations rare per input. */
    Mutator costlyOneIn(int n) {
        costlyOneIn = Math.max(1, n);
        return this;
    }

    SplittableRandom random() {
        return r;
    }
}

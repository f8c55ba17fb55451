package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Numbers.parse reads decimals by hand (no pattern, a fast path): it must agree with Double.parseDouble bit for bit. */
class NumbersTest {

    private static void same(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(Numbers.parse(text)), text);
    }

    @Test
    void decimalsAgreeWithParseDouble() {
        for (String s : new String[] {"0", "-0", "+0.0", "-0.0", "94.3733", "0.1", ".5", "5.", "-.25", "1e8", "-1e8",
                "-100000000.0", "1.5E-3", "2e+10", "123456789012345", "1234567890123456", "0.30000000000000004",
                "9007199254740993", "0.0000000000000000000001", "0.00000000000000000000001", "1.7976931348623157e308",
                "4.9e-324", "00012.50", "91.24000000000001"}) {
            same(s);
        }
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "" : "-");
            int before = random.nextInt(10);
            int after = random.nextInt(20);
            for (int k = 0; k < before; k++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (before == 0 || random.nextBoolean()) {
                sb.append('.');
                for (int k = 0; k < Math.max(after, before == 0 ? 1 : 0); k++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
            }
            same(sb.toString());
        }
    }

    @Test
    void wordsAndText() {
        assertTrue(Double.isNaN(Numbers.parse("  ")));
        assertTrue(Double.isNaN(Numbers.parse("n/a")) && !Numbers.isText(Numbers.parse("n/a")));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("inf"));
        for (String text : new String[] {"94,3", "1e", "e5", ".", "-", "+.e1", "1.2.3", "0x10", "1_000", "١٢"}) {
            assertTrue(Numbers.isText(Numbers.parse(text)), text);
        }
        assertEquals(12.5, Numbers.parse(" 12.5 "));
    }

    @Test
    void wordsAreReadWhateverTheirCaseAndLongTextIsTextUnread() {
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse(" +INFINITY "));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-Inf"));
        assertTrue(Double.isNaN(Numbers.parse("N/A")) && !Numbers.isText(Numbers.parse("N/A")));
        // lower-casing a megabyte cell of Greek text and punctuation took seconds, many times per file
        assertTrue(Numbers.isText(Numbers.parse("Σ:".repeat(500_000))));
        assertTrue(Numbers.isText(Numbers.parse("+infinityy")));
    }
}

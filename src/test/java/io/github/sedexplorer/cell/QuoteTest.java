package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void aLongTokenIsCutToEightyCharactersWithAnEllipsis() {
        String q = Quote.token("x".repeat(200_000_000 / 1000));
        assertEquals(Quote.MAX, q.length());
        assertTrue(q.endsWith("…"));
        assertEquals("abc", Quote.token("abc"));
        assertEquals("x".repeat(80), Quote.token("x".repeat(80)), "80 characters are quoted whole");
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("a\\u001b[31mred", Quote.token("a\u001b[31mred"));
        assertEquals("\\u009b2J \\u202e \\u007f \\n\\t\\r", Quote.token("\u009b2J \u202e \u007f \n\t\r"));
        assertEquals("two\nlines\tand\r\n crlf \\r alone \\u001b", Quote.safe("two\nlines\tand\r\n crlf \r alone \u001b"));
        assertEquals("ünïcode ok", Quote.safe("ünïcode ok"));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String s = "a".repeat(78) + "😀" + "tail";
        String q = Quote.token(s);
        assertFalse(Character.isHighSurrogate(q.charAt(q.length() - 2)), q);
        assertTrue(q.endsWith("…"));
    }
}

package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.SedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** score's line reader: readLine's line breaks, a byte limit per line, strict UTF-8, a leading BOM dropped. */
class LineReaderTest {

    /** A stream that hands out at most {@code chunk} bytes per read, to cut lines, BOMs and CRLFs between reads. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    /** Every line, a bad one as "!" + its message. */
    private static List<String> lines(LineReader r) throws IOException {
        List<String> out = new ArrayList<>();
        while (true) {
            try {
                String line = r.next();
                if (line == null) {
                    return out;
                }
                out.add(line);
            } catch (SedException e) {
                out.add("!" + e.getMessage());
            }
        }
    }

    private static List<String> lines(String text, int chunk) throws IOException {
        return lines(new LineReader(trickle(text.getBytes(StandardCharsets.UTF_8), chunk)));
    }

    @Test
    void breaksLinesAsReadLineDoes() throws IOException {
        for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertEquals(List.of("a", "b", "c", "", "d"), lines("a\nb\r\nc\r\rd", chunk), "chunk " + chunk);
            assertEquals(List.of("a", ""), lines("a\r\n\n", chunk), "chunk " + chunk);
            assertEquals(List.of(), lines("", chunk));
            assertEquals(List.of(""), lines("\n", chunk));
            assertEquals(List.of("é€𝄞", "x"), lines("é€𝄞\nx\n", chunk));
        }
    }

    @Test
    void dropsAByteOrderMarkAtTheStartOfALine() throws IOException {
        for (int chunk : new int[] {1, 2, 1 << 16}) {
            // cat a.txt b.txt: each file's BOM starts a line
            assertEquals(List.of("a", "b", "c\uFEFFd"), lines("\uFEFFa\n\uFEFFb\nc\uFEFFd", chunk), "chunk " + chunk);
            assertEquals(List.of("é"), lines("\uFEFFé", chunk));
            assertEquals(List.of(""), lines("\uFEFF", chunk), "a line holding only a BOM is blank");
            assertEquals(List.of("\u00EF\u00BB"), lines("\u00EF\u00BB", chunk), "two bytes of a BOM are text");
        }
    }

    @Test
    void aLineOverTheLimitIsSkippedUnreadAndTheNextIsRead() throws IOException {
        String text = "abcd\n" + "x".repeat(9) + "\r\nefgh\n" + "y".repeat(8) + "\n";
        for (int chunk : new int[] {1, 4, 1 << 16}) {
            LineReader r = new LineReader(trickle(text.getBytes(StandardCharsets.UTF_8), chunk), 8);
            assertEquals(List.of("abcd", "!the line is longer than 8 bytes (the limit), so it was skipped unread; "
                    + "no architecture is that long", "efgh", "y".repeat(8)), lines(r), "chunk " + chunk);
        }
        assertEquals(1 << 20, LineReader.MAX_LINE_BYTES);
    }

    @Test
    void bytesThatAreNotUtf8AreThatLinesErrorAtTheirColumn() throws IOException {
        byte[] bytes = {'o', 'k', '\n', '|', 'n', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 'x', '\n', 'a', (byte) 0xE2, (byte) 0x82,
            '\n', 'z'};
        LineReader r = new LineReader(new ByteArrayInputStream(bytes));
        assertEquals("ok", r.next());
        CellFormatException e = assertThrows(CellFormatException.class, r::next);
        assertEquals("not UTF-8: byte 0xFF is not part of a valid UTF-8 character (score reads UTF-8 text) (at column 4)",
                e.getMessage(), "|nè is three characters, the bad byte the fourth");
        CellFormatException cut = assertThrows(CellFormatException.class, r::next);
        assertEquals("not UTF-8: bytes 0xE2 0x82 are not part of a valid UTF-8 character (score reads UTF-8 text) "
                + "(at column 2)", cut.getMessage());
        assertEquals("z", r.next());
        assertNull(r.next());
    }
}

package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.SedException;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The lines of a UTF-8 stream, split as {@link BufferedReader#readLine} splits them (at {@code \n},
 * {@code \r} or {@code \r\n}), for {@code score}, which streams millions of them. Unlike readLine it holds at most
 * {@link #MAX_LINE_BYTES} of one line: a longer line is skipped without being built and reported as that line's
 * error, so a 200 MB line costs neither the memory nor a 200 MB message. A UTF-8 byte order mark at the start
 * of a line is dropped (the stream's, or each file's when files are concatenated). Bytes that are not UTF-8 are that line's error, at the column where they start,
 * rather than silently replaced by U+FFFD (a replaced character would be scored as if it had been typed).
 */
final class LineReader implements Closeable {

    /** The longest line read, in bytes: 1 MiB. No architecture text comes near (a DARTS genotype is ~400 bytes). */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** The last line ended in '\r': a '\n' right after it belongs to the same line break. */
    private boolean skipLf;

    private byte[] line = new byte[256];
    private int length;
    private final CharsetDecoder decoder = strictUtf8();

    LineReader(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line without its line break, or null at the end of the stream. A line that is too long or not
     * UTF-8 is consumed whole and reported by a {@link SedException}; the next call reads the line after it.
     *
     * @throws IOException when the stream cannot be read
     */
    String next() throws IOException {
        int n = nextRaw();
        return n < 0 ? null : decode(line, 0, n);
    }

    /**
     * Reads the next line's bytes, without its line break, into {@link #bytes()}: their count, or -1 at the end of
     * the stream. Nothing is decoded; {@link #decode} does that, so a caller can look bytes up before building a
     * String. A line longer than the limit is consumed and reported by a {@link SedException}.
     *
     * @throws IOException when the stream cannot be read
     */
    int nextRaw() throws IOException {
        if (skipLf) {
            skipLf = false;
            if (available() && buf[pos] == '\n') {
                pos++;
            }
        }
        length = 0;
        long total = 0;
        boolean any = false;
        while (available()) {
            any = true;
            int start = pos;
            int i = start;
            byte[] b = buf;
            int end = limit;
            while (i < end && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            int n = i - start;
            total += n;
            if (total <= maxLineBytes) {
                append(start, n);
            }
            if (i < end) {
                skipLf = b[i] == '\r';
                pos = i + 1;
                return checked(total);
            }
            pos = end;
        }
        return any ? checked(total) : -1;
    }

    /** The buffer that {@link #nextRaw} reads a line into (valid up to the count it returned, until the next call). */
    byte[] bytes() {
        return line;
    }

    private int checked(long total) {
        if (total > maxLineBytes) {
            throw new SedException(String.format(Locale.ROOT, "the line is longer than %,d bytes (%s), so it was skipped unread; "
                    + "no architecture is that long", maxLineBytes, maxLineBytes == MAX_LINE_BYTES ? "1 MiB" : "the limit"));
        }
        return length;
    }

    /** A line's text from its bytes, with this reader's decoder. */
    String decode(byte[] b, int off, int n) {
        return decode(b, off, n, decoder);
    }

    /**
     * A line's text from its UTF-8 bytes: a leading byte order mark dropped, bytes that are not UTF-8 a
     * {@link CellFormatException} at their column. {@code decoder} is a strict UTF-8 decoder of the caller's own
     * (decoders are not thread-safe).
     */
    static String decode(byte[] b, int off, int n, CharsetDecoder decoder) {
        int end = off + n;
        int i = off;
        if (n >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF) {
            i += 3; // a byte order mark: the stream's, or each file's in `cat a.txt b.txt`
        }
        int from = i;
        while (i < end && b[i] >= 0) {
            i++;
        }
        if (i == end) {
            return new String(b, from, end - from, StandardCharsets.ISO_8859_1); // ASCII: the common case, and the fast one
        }
        char[] chars = new char[end - from];
        ByteBuffer src = ByteBuffer.wrap(b, from, end - from);
        CharBuffer dst = CharBuffer.wrap(chars);
        decoder.reset();
        CoderResult r = decoder.decode(src, dst, true);
        if (!r.isError()) {
            r = decoder.flush(dst);
        }
        if (r.isError()) {
            StringBuilder bytes = new StringBuilder();
            int k = Math.max(1, Math.min(r.length(), end - src.position()));
            for (int j = 0; j < k; j++) {
                bytes.append(j == 0 ? "" : " ").append(String.format("0x%02X", b[src.position() + j] & 0xff));
            }
            throw CellFormatException.atColumn("not UTF-8: " + (k == 1 ? "byte " + bytes + " is" : "bytes " + bytes + " are")
                    + " not part of a valid UTF-8 character (score reads UTF-8 text)", dst.position() + 1);
        }
        return new String(chars, 0, dst.position());
    }

    /** A strict UTF-8 decoder: malformed input is an error, never U+FFFD. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private void append(int start, int n) {
        if (n == 0) {
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(length + n, 2 * line.length)));
        }
        System.arraycopy(buf, start, line, length, n);
        length += n;
    }

    /** Whether a byte is buffered, reading more when none is. */
    private boolean available() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

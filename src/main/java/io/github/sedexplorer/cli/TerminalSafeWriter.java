package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Quote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Everything the command line prints passes through here: control characters that came from input (an ESC
 * sequence in a column name, a C1 CSI, a bidirectional override) are written as {@code \u001b} escapes, so
 * no input can drive the terminal. Line breaks and tabs pass; a carriage return only as part of CRLF.
 */
final class TerminalSafeWriter extends Writer {

    private final Writer out;
    private boolean pendingCr;

    TerminalSafeWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (pendingCr) {
                pendingCr = false;
                out.write(c == '\n' ? "\r" : Quote.escaped('\r'));
            }
            if (c == '\n' || c == '\t' || !Quote.isControl(c)) {
                continue;
            }
            out.write(buf, start, i - start);
            start = i + 1;
            if (c == '\r') {
                if (i + 1 < end) {
                    out.write(buf[i + 1] == '\n' ? "\r" : Quote.escaped('\r'));
                } else {
                    pendingCr = true;
                }
            } else {
                out.write(Quote.escaped(c));
            }
        }
        out.write(buf, start, end - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        char[] chars = new char[len];
        s.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    /**
     * The bytes that a fresh writer of this kind over a UTF-8 {@code OutputStreamWriter} sends for {@code text}:
     * what score writes for a row, made once per distinct row. Text of printable ASCII, line feeds and tabs passes
     * as it is.
     */
    static byte[] utf8(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x7f || c < 0x20 && c != '\n' && c != '\t') {
                break;
            }
            i++;
        }
        if (i == n) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(n + 64);
        try (Writer w = new TerminalSafeWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            w.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write(Quote.escaped('\r'));
        }
        out.close();
    }
}

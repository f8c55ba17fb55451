package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 records read line by line, so that one bad record costs one line and never the rest of the file.
 * A field that starts with {@code "} is quoted: {@code ""} inside it is one quote, and it may run over line
 * breaks (a multi-line field), but at most {@link #MAX_QUOTED} characters past the end of its first line. A
 * quote elsewhere in a field is an ordinary character. A record is bad when a closing quote is followed by
 * anything but the delimiter or the end of the line, or when a quote is never closed (within that bound, or
 * before the end of the file); the bad record is then the line it started on, alone: the lines a quoted
 * field ran over are read again as records of their own. Lines may be of any length; memory is one line plus
 * what a quoted field ran over.
 */
final class CsvRecords {

    /** Characters a quoted field may run past the end of the line its opening quote is on. */
    static final int MAX_QUOTED = 1 << 20;

    /**
     * One record: its fields and the line it starts on, or (fields null) why that line is not a record, a message
     * that names the line and column.
     */
    record Record(long line, List<String> fields, String problem) {

        boolean bad() {
            return fields == null;
        }

        /** A line with nothing but white space (one blank field): not a row. */
        boolean blank() {
            return fields != null && fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private record Line(long number, String text, String end) {
    }

    private final String name;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read and not yet decoded, in read mode. */
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean inputDone;
    /** The first byte that is not UTF-8, once the characters before it are handed over; -1 while there is none. */
    private int badByte = -1;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long lastLine;
    private boolean eof;
    /** Lines read ahead by a quoted field that did not close, read again before the stream. */
    private final Deque<Line> replay = new ArrayDeque<>();
    private char delimiter = ',';

    /**
     * @param name the file's name, which starts the one message that refuses the whole file (bytes that are not UTF-8)
     * @param in   UTF-8 text
     */
    CsvRecords(String name, InputStream in) {
        this.name = name;
        this.in = in;
    }

    void delimiter(char d) {
        delimiter = d;
    }

    /**
     * The first line that is not blank, without its line break and byte-order mark (it is then read again as
     * the first record), or null when there is none.
     */
    String peekFirstLine() throws IOException {
        Line l;
        while ((l = line()) != null && l.text().isBlank()) {
            // blank lines before the header are no rows
        }
        if (l == null) {
            return null;
        }
        String text = l.number() == 1 && l.text().startsWith("\uFEFF") ? l.text().substring(1) : l.text();
        replay.addFirst(new Line(l.number(), text, l.end()));
        return text;
    }

    /** The next record, or null at the end of the text. */
    Record next() throws IOException {
        Line first = line();
        if (first == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        List<Line> ranOver = new ArrayList<>();
        Line current = first;
        String s = first.text();
        int p = 0;
        while (true) {
            if (p < s.length() && s.charAt(p) == '"') {
                long quoteLine = current.number();
                int quoteColumn = p + 1;
                StringBuilder field = new StringBuilder();
                long past = 0;
                p++;
                while (true) {
                    int q = s.indexOf('"', p);
                    if (q < 0) {
                        field.append(s, p, s.length()).append(current.end());
                        Line more = current.end().isEmpty() ? null : line();
                        if (more == null || past + more.text().length() > MAX_QUOTED) {
                            if (more != null) {
                                ranOver.add(more);
                            }
                            return bad(first, ranOver, String.format(Locale.ROOT, "line %d: unterminated quote opened at line %d, "
                                    + "column %d (%s)", first.number(), quoteLine, quoteColumn, more == null
                                    ? "the file ends inside it: is it truncated?"
                                    : String.format(Locale.ROOT, "no closing quote in the next %,d characters", MAX_QUOTED)));
                        }
                        ranOver.add(more);
                        past += more.text().length() + more.end().length();
                        current = more;
                        s = more.text();
                        p = 0;
                        continue;
                    }
                    field.append(s, p, q);
                    if (q + 1 < s.length() && s.charAt(q + 1) == '"') {
                        field.append('"');
                        p = q + 2;
                        continue;
                    }
                    p = q + 1;
                    break;
                }
                fields.add(field.toString());
                if (p == s.length()) {
                    return new Record(first.number(), fields, null);
                }
                if (s.charAt(p) != delimiter) {
                    String after = Quote.quoted(String.valueOf(s.charAt(p)));
                    return bad(first, ranOver, (current.number() == first.number()
                            ? String.format(Locale.ROOT, "line %d, column %d: %s after the closing quote of the field opened at "
                            + "column %d", quoteLine, p + 1, after, quoteColumn)
                            : String.format(Locale.ROOT, "line %d: the quoted field opened at line %d, column %d closes on line %d "
                            + "and is followed by %s at column %d", first.number(), quoteLine, quoteColumn, current.number(), after, p + 1))
                            + " (a quote inside a quoted field is written \"\")");
                }
                p++;
            } else {
                int d = s.indexOf(delimiter, p);
                if (d < 0) {
                    fields.add(s.substring(p));
                    return new Record(first.number(), fields, null);
                }
                fields.add(s.substring(p, d));
                p = d + 1;
            }
        }
    }

    /** The record that started on line {@code first} is bad: the lines its quoted field ran over are read again. */
    private Record bad(Line first, List<Line> ranOver, String problem) {
        for (int i = ranOver.size() - 1; i >= 0; i--) {
            replay.addFirst(ranOver.get(i));
        }
        return new Record(first.number(), null, problem);
    }

    /** The next physical line (\n, \r\n or \r ends it), or null at the end of the text. */
    private Line line() throws IOException {
        if (!replay.isEmpty()) {
            return replay.removeFirst();
        }
        if (eof && pos >= limit) {
            return null;
        }
        StringBuilder sb = null;
        while (true) {
            if (pos >= limit && !fill()) {
                if (sb == null) {
                    return null;
                }
                return new Line(++lastLine, sb.toString(), "");
            }
            int start = pos;
            while (pos < limit) {
                char c = buffer[pos];
                if (c == '\n' || c == '\r') {
                    String text = sb == null ? new String(buffer, start, pos - start)
                            : sb.append(buffer, start, pos - start).toString();
                    pos++;
                    String end = "\n";
                    if (c == '\r') {
                        end = "\r";
                        if (pos >= limit) {
                            fill();
                        }
                        if (pos < limit && buffer[pos] == '\n') {
                            pos++;
                            end = "\r\n";
                        }
                    }
                    return new Line(++lastLine, text, end);
                }
                pos++;
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, 2 * (pos - start)));
            }
            sb.append(buffer, start, pos - start);
        }
    }

    /**
     * Decodes the next block of UTF-8. Bytes that are not UTF-8 stop the read with the line they are on: the decoder
     * here hands over every character before them first (a Reader's decoder fails a block early, so the line count
     * would be behind).
     */
    private boolean fill() throws IOException {
        while (!eof) {
            if (badByte >= 0) {
                throw new SedException(String.format(Locale.ROOT, "%s: line %d is not UTF-8 text (byte 0x%02X does not fit a "
                        + "UTF-8 character here)", name, lastLine + 1, badByte));
            }
            CharBuffer out = CharBuffer.wrap(buffer);
            CoderResult r = decoder.decode(bytes, out, inputDone);
            if (r.isError()) {
                badByte = bytes.get(bytes.position()) & 0xff;
            } else if (inputDone && r.isUnderflow() && decoder.flush(out).isOverflow()) {
                throw new IllegalStateException("flush needs no room for UTF-8");
            }
            if (out.position() > 0) {
                pos = 0;
                limit = out.position();
                return true;
            }
            if (badByte >= 0) {
                continue;
            }
            if (inputDone) {
                eof = true;
                pos = limit = 0;
                return false;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                inputDone = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        return false;
    }
}

package io.github.sedexplorer.fuzz;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Inputs as a report can show them: printable ASCII as is, everything else escaped ({@code \n}, {@code \u001b},
 * {@code \xff} for a byte that is not UTF-8), runs of one character folded ({@code {'a' x 100000}}), cut to a
 * length.
 */
final class Render {

    private Render() {
    }

    static String part(FuzzInput.Part p, int max) {
        return p.isText() ? text(p.text(), max) : bytes(p.bytes(), max);
    }

    static String text(String s, int max) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length() && sb.length() < max) {
            char c = s.charAt(i);
            int run = 1;
            while (i + run < s.length() && s.charAt(i + run) == c) {
                run++;
            }
            if (run >= 12) {
                sb.append("{'").append(escape(c)).append("' x ").append(run).append('}');
                i += run;
            } else {
                sb.append(escape(c));
                i++;
            }
        }
        if (i < s.length()) {
            sb.append("... (").append(s.length()).append(" chars in all)");
        }
        return sb.toString();
    }

    static String bytes(byte[] b, int max) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        StringBuilder sb = new StringBuilder();
        while (true) {
            CoderResult cr = d.decode(in, out, true);
            if (cr.isError()) {
                out.flip();
                sb.append(out);
                out.clear();
                for (int k = 0; k < cr.length(); k++) {
                    sb.append('\ue000').append(String.format("%02x", in.get() & 0xff));
                }
                continue;
            }
            out.flip();
            sb.append(out);
            break;
        }
        // U+E000 and two hex digits mark a bad byte, shown as \xNN
        String s = text(sb.toString(), max);
        return s.replaceAll("\\\\ue000([0-9a-f]{2})", "\\\\x$1");
    }

    static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default -> c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
        };
    }
}

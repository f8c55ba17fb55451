package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.bench.ReadOptions;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How many data rows a table file holds, worked out independently of the reader, when that is knowable: for
 * CSV/TSV when the file is UTF-8 and every quote is a clean RFC 4180 quote (opening a field, doubled inside it,
 * closing it before a delimiter or line end), for JSON when the document parses strictly. Empty when the
 * structure is not known (a stray or unterminated quote, invalid UTF-8, malformed JSON): then only
 * {@code rowsRead == rowsKept + rowsSkipped} is asserted.
 */
final class Shapes {

    private static final int SNIFF = 64 * 1024;

    private Shapes() {
    }

    /** Which reader a file goes to: JSON when its first character (after whitespace and BOM) is '[' or '{'. */
    static boolean isJson(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, SNIFF), StandardCharsets.UTF_8);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '[' || c == '{';
            }
        }
        return false;
    }

    static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The delimiter the reader takes from the header line: the one of , tab ; that splits it most (outside quotes). */
    static char delimiter(String firstLine) {
        char best = ',';
        int bestCount = 0;
        for (char d : new char[] {',', '\t', ';'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < firstLine.length(); i++) {
                char c = firstLine.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == d && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    /** The reader's header line: the first line that is not blank. */
    static String firstNonBlankLine(String text) {
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /**
     * Data rows of a CSV/TSV file (records after the header that are not blank), or empty when the quoting is not
     * clean RFC 4180 or the bytes are not UTF-8.
     */
    static OptionalLong csvDataRows(byte[] file) {
        String text = strictUtf8(file);
        if (text == null || isJson(file)) {
            return OptionalLong.empty();
        }
        char d = delimiter(firstNonBlankLine(text));
        long records = 0;
        long blank = 0;
        boolean headerDone = false;
        int i = 0;
        int n = text.length();
        if (n == 0) {
            return OptionalLong.of(0);
        }
        // lines of nothing but white space (tabs too) before the header are no rows and no header
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (!text.substring(i, end).isBlank()) {
                break;
            }
            i = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        while (i < n) {
            // one record
            int fields = 0;
            StringBuilder onlyField = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                fields++;
                StringBuilder value = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            return OptionalLong.empty(); // unterminated quote
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                value.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        value.append(c);
                        i++;
                    }
                    if (i < n && text.charAt(i) != d && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        return OptionalLong.empty(); // text after a closing quote
                    }
                } else {
                    while (i < n && text.charAt(i) != d && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        if (text.charAt(i) == '"') {
                            return OptionalLong.empty(); // a quote inside an unquoted field
                        }
                        value.append(text.charAt(i));
                        i++;
                    }
                }
                if (fields == 1) {
                    onlyField = value;
                }
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == d) {
                    i++;
                    if (i >= n) {
                        fields++; // a trailing delimiter at the end of the file: one more (empty) field
                        endOfRecord = true;
                    }
                } else {
                    if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    endOfRecord = true;
                }
            }
            if (!headerDone) {
                headerDone = true;
            } else if (fields == 1 && onlyField.toString().isBlank()) {
                blank++;
            } else {
                records++;
            }
        }
        return OptionalLong.of(records);
    }

    private static final ObjectMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A JSON table as a strict parser sees it: the top-level value, and whether anything follows it. */
    record Json(JsonNode root, boolean trailing) {
    }

    static Json json(byte[] file) {
        try (JsonParser p = STRICT.createParser(file)) {
            JsonNode root = STRICT.readTree(p);
            if (root == null) {
                return null;
            }
            boolean trailing;
            try {
                trailing = p.nextToken() != null;
            } catch (IOException e) {
                trailing = true; // junk after the value that does not even tokenize
            }
            return new Json(root, trailing);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Rows of a strictly valid JSON table: elements of a top-level array, fields of a top-level object, or for the
     * NASLib zero-cost layout the distinct architecture keys over the datasets. Empty when the document does not parse.
     */
    static OptionalLong jsonRows(byte[] file, ReadOptions options) {
        Json j = json(file);
        if (j == null) {
            return OptionalLong.empty();
        }
        JsonNode root = j.root();
        if (root.isArray()) {
            return OptionalLong.of(root.size());
        }
        if (!root.isObject()) {
            return OptionalLong.of(0);
        }
        if (naslib(file, options)) {
            Set<String> keys = new HashSet<>();
            for (Map.Entry<String, JsonNode> ds : root.properties()) {
                JsonNode d = ds.getValue();
                if (d.isObject()) {
                    d.fieldNames().forEachRemaining(keys::add);
                }
            }
            return OptionalLong.of(keys.size());
        }
        return OptionalLong.of(root.size());
    }

    private static Method detect;

    /**
     * Whether the reader takes the file for the NASLib zero-cost layout: its own (package-private) detection,
     * called by reflection, since which layout a file is is the reader's call, not what is tested here.
     */
    static synchronized boolean naslib(byte[] file, ReadOptions options) {
        try {
            if (detect == null) {
                detect = Class.forName("io.github.sedexplorer.bench.NaslibZcReader").getDeclaredMethod("detect", InputStream.class,
                        ReadOptions.class);
                detect.setAccessible(true);
            }
            return (Boolean) detect.invoke(null, new BufferedInputStream(new ByteArrayInputStream(file), 1 << 16), options);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}

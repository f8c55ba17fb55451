package io.github.sedexplorer.ui.dialogs;

import io.github.sedexplorer.cell.StrictJson;

import java.io.IOException;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;

/** Finds the value a JSON path such as {@code $.matrix[2][3]} or {@code $["a b"]} names in JSON text. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The 0-based character offset where the named value starts, if the text is JSON and holds it. */
    static OptionalInt offset(String json, String path) {
        JsonPointer pointer = pointer(path);
        if (pointer == null) {
            return OptionalInt.empty();
        }
        try (JsonParser parser = StrictJson.MAPPER.createParser(json);
             JsonParser found = new FilteringParserDelegate(parser, new JsonPointerBasedFilter(pointer),
                     TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
            // the filter yields nothing for the root pointer ("$"): the root starts at the first token
            if ((pointer.matches() ? parser : found).nextToken() == null) {
                return OptionalInt.empty();
            }
            JsonLocation at = parser.currentTokenLocation();
            long offset = at.getCharOffset();
            return offset < 0 || offset > json.length() ? OptionalInt.empty() : OptionalInt.of((int) offset);
        } catch (IOException e) {
            return OptionalInt.empty(); // malformed JSON: its error carries a line and column instead
        }
    }

    /** {@code $.a[2]["b c"]} as the pointer {@code /a/2/b c}; null when the path is not in that syntax. */
    static JsonPointer pointer(String path) {
        if (path == null || !path.startsWith("$")) {
            return null;
        }
        JsonPointer pointer = JsonPointer.empty();
        int p = 1;
        while (p < path.length()) {
            if (path.charAt(p) == '.') {
                int end = p + 1;
                while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end)) || path.charAt(end) == '_')) {
                    end++;
                }
                if (end == p + 1) {
                    return null;
                }
                pointer = pointer.appendProperty(path.substring(p + 1, end));
                p = end;
            } else if (path.startsWith("[\"", p)) {
                StringBuilder key = new StringBuilder();
                int q = p + 2;
                while (q < path.length() && path.charAt(q) != '"') {
                    if (path.charAt(q) == '\\' && q + 1 < path.length()) {
                        q++;
                    }
                    key.append(path.charAt(q++));
                }
                if (!path.startsWith("\"]", q)) {
                    return null;
                }
                pointer = pointer.appendProperty(key.toString());
                p = q + 2;
            } else if (path.charAt(p) == '[') {
                int close = path.indexOf(']', p);
                String digits = close < 0 ? "" : path.substring(p + 1, close);
                if (!digits.matches("\\d{1,9}")) {
                    return null;
                }
                pointer = pointer.appendIndex(Integer.parseInt(digits));
                p = close + 1;
            } else {
                return null;
            }
        }
        return pointer;
    }
}

package io.github.sedexplorer.cell;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON text to a tree, strictly (no duplicate keys, nothing after the value), errors with line and column. */
public final class StrictJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /**
     * A JSON document (cell file, model file, NB101 spec); a byte order mark before it, as some editors save
     * UTF-8, is no part of it (columns are counted after it).
     *
     * @throws CellFormatException "malformed JSON: ..." at "line L, column C"
     */
    public static JsonNode read(String json) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw malformed(e, json);
        }
    }

    public static CellFormatException malformed(JacksonException e) {
        return malformed(e, null);
    }

    /**
     * Jackson's message for the user: its first line, without the source, the tokens it quotes cut to
     * {@link Quote#MAX} characters, no advice meant for programmers, and always a position. Jackson's read limits
     * (nesting deeper than 1000, a number of more than 1000 digits, a string of more than 20 M characters) come
     * without one; the text is then scanned again to find it.
     */
    static CellFormatException malformed(JacksonException e, String json) {
        JsonLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 1) && json != null) {
            at = whereItFails(json);
        }
        String where = at == null || at.getLineNr() < 1 ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new CellFormatException("malformed JSON: " + readable(e.getOriginalMessage()), where);
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** The longest message kept; Jackson quotes a duplicate key whole, however long. */
    private static final int MAX_MESSAGE = 400;

    /** Jackson's message as {@link #malformed} gives it, for readers that place it themselves (the table readers). */
    public static String readable(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson names its (redacted) source inside nested locations; the position says enough
        line = line.replaceAll("\\[Source: .*?; line: ", "[line: ");
        // advice for programmers: "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "from `StreamReadConstraints...`"
        line = line.replace(": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", " (JSON has no NaN or Infinity)");
        line = line.replaceAll(": enable `[A-Za-z_.]+` to allow", "");
        line = line.replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
        Matcher m = QUOTED.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            if (token.length() > Quote.MAX && token.endsWith("...")) { // Jackson's own cut, at 256: Quote cuts shorter
                token = token.substring(0, token.length() - 3);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(Quote.quoted(token)));
        }
        m.appendTail(sb);
        return Quote.token(sb.toString(), MAX_MESSAGE);
    }

    /** Where a streaming read of the text stops, for the exceptions Jackson raises without a location. */
    private static JsonLocation whereItFails(String json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            try {
                while (p.nextToken() != null) {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        p.getText();
                    } else if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                        p.getNumberValue();
                    }
                }
            } catch (JacksonException e) {
                return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}

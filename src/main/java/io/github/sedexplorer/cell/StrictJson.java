package io.github.sedexplorer.cell;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
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

    /** @throws CellFormatException "malformed JSON: ..." at "line L, column C" */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    public static CellFormatException malformed(JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new CellFormatException("malformed JSON: " + firstLine(e.getOriginalMessage()), where);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        // Jackson names its (redacted) source inside nested locations; the position says enough
        return line.replaceAll("\\[Source: .*?; line: ", "[line: ");
    }
}

package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

    private static String through(String... parts) throws IOException {
        StringWriter sink = new StringWriter();
        try (TerminalSafeWriter w = new TerminalSafeWriter(sink)) {
            for (String p : parts) {
                w.write(p);
            }
        }
        return sink.toString();
    }

    @Test
    void escapeSequencesArePrintedAsText() throws IOException {
        assertEquals("col\\u001b]0;pwned\\u0007 ok\n", through("col\u001b]0;pwned\u0007 ok\n"));
        assertEquals("\\u009b31m", through("\u009b31m"));
    }

    @Test
    void lineBreaksTabsAndCrlfPassEvenAcrossWrites() throws IOException {
        assertEquals("a\tb\r\nc\n", through("a\tb\r\nc\n"));
        assertEquals("a\r\nb", through("a\r", "\nb"));
        assertEquals("a\\rb", through("a\r", "b"));
        assertEquals("end\\r", through("end\r"));
    }

    @Test
    void theCommandLineEscapesWhatItEchoes() {
        ScoreCommandTest.Run r = ScoreCommandTest.run("|bad\u001b[2J~0|\n", "score", "--space", "nb201");
        assertEquals(2, r.code());
        assertEquals(-1, r.err().indexOf('\u001b'), r.err());
    }
}

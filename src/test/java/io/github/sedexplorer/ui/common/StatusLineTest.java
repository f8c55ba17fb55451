package io.github.sedexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void anErrorIsOneEscapedLineInTheStatusBarAndTheWholeMessageInTheDialog() {
        List<String> dialogs = new ArrayList<>();
        StatusLine status = new StatusLine((h, m) -> dialogs.add(h + "|" + m));
        status.error("Cannot open bad.json", "line 2, column 5: expected ':'\nthe rest of the story");
        assertEquals("Cannot open bad.json: line 2, column 5: expected ':'", status.message());
        assertTrue(status.isErrorProperty().get());
        assertEquals(List.of("Cannot open bad.json|line 2, column 5: expected ':'\nthe rest of the story"), dialogs);
        status.info("Saved x.json");
        assertFalse(status.isErrorProperty().get());
    }

    @Test
    void inputCannotDriveTheTerminalOrBreakTheLine() {
        StatusLine status = new StatusLine();
        status.warn("column \u001b[31mred\u001b[0m\nnext");
        assertFalse(status.message().contains("\u001b"), status.message());
        assertFalse(status.message().contains("\n"), status.message());
    }

    @Test
    void aBugIsLoggedAndTheUserToldWhereNotTheStackTrace() {
        StatusLine status = new StatusLine();
        status.failure("Cannot compare the proxies", new IllegalStateException("index 7 out of bounds"));
        assertTrue(status.message().startsWith("Cannot compare the proxies: Something went wrong inside SED Explorer"), status.message());
        assertFalse(status.message().contains("IllegalStateException"), status.message());
    }
}

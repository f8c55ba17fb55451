package io.github.sedexplorer.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Number keys reach every op: the free space's 10th and 11th by two digits, a lone 1 after the wait. */
class OpKeysTest {

    private final List<Op> free = SearchSpace.FREE.ops();
    private final OpKeys keys = new OpKeys();

    @Test
    void twoDigitsReachTheTenthAndEleventhOp() {
        assertEquals(11, free.size());
        assertEquals(Optional.empty(), keys.digit(free, 1, 1000));
        assertTrue(keys.waiting());
        assertEquals(Optional.of(free.get(9)), keys.digit(free, 0, 1200));
        assertEquals(Optional.empty(), keys.digit(free, 1, 2000));
        assertEquals(Optional.of(free.get(10)), keys.digit(free, 1, 2100));
        assertFalse(keys.waiting());
    }

    @Test
    void aLoneOneIsTheFirstOpOnceTheWaitIsOver() {
        assertEquals(Optional.empty(), keys.digit(free, 1, 0));
        assertEquals(Optional.of(free.get(0)), keys.flush(free));
        assertEquals(Optional.empty(), keys.digit(free, 1, 0));
        assertEquals(Optional.of(free.get(4)), keys.digit(free, 5, OpKeys.WAIT_MS + 1), "too late to be 15: a new digit");
        assertEquals(Optional.of(free.get(8)), keys.digit(free, 9, 5000), "9 cannot start a number up to 11");
        assertEquals(Optional.empty(), keys.digit(free, 1, 6000));
        assertEquals(Optional.empty(), keys.digit(free, 2, 6100), "12 is past the last op");
        assertFalse(keys.waiting());
        assertEquals(12, keys.typed(), "so the editor can say which number has no op");
    }

    @Test
    void spacesWithFewerThanTenOpsActAtOnce() {
        List<Op> nb201 = SearchSpace.NB201.ops();
        assertEquals(Optional.of(nb201.get(0)), keys.digit(nb201, 1, 0));
        assertFalse(keys.waiting());
        assertEquals(Optional.empty(), keys.digit(nb201, 0, 0));
        assertEquals(0, keys.typed());
        assertEquals("press 1–5", OpKeys.hint(5));
        assertEquals("press 1–9, or two digits for 10–11", OpKeys.hint(11));
    }
}

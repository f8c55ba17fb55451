package io.github.sedexplorer.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.bench.TableException;
import io.github.sedexplorer.cell.SedException;

import org.junit.jupiter.api.Test;

/** The table readers' messages in the app's terms: what to do in the app added by the reader's hint. */
class TableAdviceTest {

    @Test
    void addsWhatToDoInTheAppByTheReadersHint() {
        String index = TableAdvice.inAppTerms(new TableException(
                "column 'arch_index' holds NAS-Bench-201 API indices, not architectures", TableException.Hint.INDEX_TABLE));
        assertEquals("column 'arch_index' holds NAS-Bench-201 API indices, not architectures\n"
                + TableAdvice.LOAD_INDEX_TABLE_FIRST, index);
        String none = TableAdvice.inAppTerms(new TableException(
                "no column holds architectures (looked at the first 2 rows of name, acc)", TableException.Hint.ARCH_COLUMN));
        assertEquals("no column holds architectures (looked at the first 2 rows of name, acc)\n" + TableAdvice.ARCH_BY_CONTENT, none);
        assertEquals("line 3: unterminated quote", TableAdvice.inAppTerms(new SedException("line 3: unterminated quote")));
    }
}

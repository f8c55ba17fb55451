package io.github.sedexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table readers' messages in the app's terms: flag hints cut, what to do in the app added. */
class TableAdviceTest {

    @Test
    void cutsFlagHints() {
        assertEquals("no column holds architectures (looked at the first 2 rows of name, acc)",
                TableAdvice.withoutFlags("no column holds architectures (looked at the first 2 rows of name, acc); "
                        + "name the column and space with --arch-column and --space"));
        assertEquals("column 'arch_index' holds NAS-Bench-201 API indices, not architectures: load an NB201 table that "
                        + "maps them first (e.g. nb201-nats-landscape.csv)",
                TableAdvice.withoutFlags("column 'arch_index' holds NAS-Bench-201 API indices, not architectures: load an "
                        + "NB201 table that maps them first (e.g. nb201-nats-landscape.csv), or give --index-table FILE"));
        assertEquals("C must be at least 1", TableAdvice.withoutFlags("C must be at least 1 (--channels)".replace(" (--channels)", ", see --channels")));
        assertEquals("nothing to cut; here", TableAdvice.withoutFlags("nothing to cut; here"));
    }

    @Test
    void addsWhatToDoInTheApp() {
        String index = TableAdvice.inAppTerms("column 'arch_index' holds NAS-Bench-201 API indices, not architectures");
        assertEquals("column 'arch_index' holds NAS-Bench-201 API indices, not architectures\n"
                + TableAdvice.LOAD_INDEX_TABLE_FIRST, index);
        String none = TableAdvice.inAppTerms("no column holds architectures (looked at the first 2 rows of name, acc)");
        assertEquals("no column holds architectures (looked at the first 2 rows of name, acc)\n" + TableAdvice.ARCH_BY_CONTENT, none);
        assertEquals("line 3: unterminated quote", TableAdvice.inAppTerms("line 3: unterminated quote"));
    }
}

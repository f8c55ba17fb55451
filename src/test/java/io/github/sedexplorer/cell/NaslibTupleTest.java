package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaslibTupleTest {

    @Test
    void decodesWithTheA2A3Swap() {
        assertEquals("|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|",
                Nb201ArchString.format(NaslibTuple.parse("(4,3,3,0,0,0)")));
        assertEquals("|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|",
                Nb201ArchString.format(NaslibTuple.parse("(2, 2, 0, 4, 2, 0)")));
        assertEquals("(2,2,0,4,2,0)", NaslibTuple.format(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|")));
    }

    /** score and Import read an NB201 line through ArchitectureFormats: the tuple gives the arch string's cell. */
    @Test
    void theNb201LineFormatReadsTuplesAndArchStrings() {
        ArchitectureFormat nb201 = ArchitectureFormats.forSpace(SearchSpace.NB201);
        String arch = "|nor_conv_1x1~0|+|none~0|nor_conv_3x3~1|+|skip_connect~0|none~1|avg_pool_3x3~2|";
        // a0 = 0->1 conv1x1 (3), a1 = 0->2 none (1), a2 = 0->3 skip (0), a3 = 1->2 conv3x3 (2), a4 = 1->3 none (1), a5 = 2->3 pool (4)
        Architecture fromTuple = nb201.parse("(3, 1, 0, 2, 1, 4)");
        assertEquals(nb201.parse(arch), fromTuple);
        assertEquals(fromTuple, nb201.parse("  (3,1,0,2,1,4)"));
        assertEquals(arch, nb201.format(fromTuple));
        assertTrue(NaslibTuple.looksLikeTuple(" (1"));
        assertFalse(NaslibTuple.looksLikeTuple(arch));
        assertFalse(NaslibTuple.looksLikeTuple("   "));
        assertFalse(NaslibTuple.looksLikeTuple(null));
        // a broken tuple is a tuple error, at its column
        CellFormatException e = assertThrows(CellFormatException.class, () -> nb201.parse("(3, 1, 0, 2, 1)"));
        assertEquals("column 15", e.position());
        assertThrows(CellFormatException.class, () -> nb201.parse("3, 1, 0, 2, 1, 4"));
        // TransNAS keeps its own digits (string order, TNB op codes): a tuple is not a TransNAS line
        assertThrows(SedException.class, () -> ArchitectureFormats.forSpace(SearchSpace.TRANSNAS_MICRO).parse("(3, 1, 0, 2, 1, 4)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';empty NASLib tuple: expected (a0,a1,a2,a3,a4,a5) (at column 1)",
            "4,3,3,0,0,0;expected '(' opening the NASLib tuple (at column 1)",
            "(4,3,5,0,0,0);expected an op index 0..4 (0 skip_connect, 1 none, 2 nor_conv_3x3, 3 nor_conv_1x1, 4 avg_pool_3x3), found '5' (at column 6)",
            "(4,3,12,0,0,0);expected an op index 0..4 (0 skip_connect, 1 none, 2 nor_conv_3x3, 3 nor_conv_1x1, 4 avg_pool_3x3), found '12' (at column 6)",
            "(4,3,3,0,0);expected ',' after op index 5 of 6 (at column 11)",
            "(4,3,3,0,0,0,1);expected ')' closing the tuple: an NB201 tuple has 6 op indices (at column 13)",
            "(4,3,3;expected ',' after op index 3 of 6 (at column 7)",
            "(4,3,3,0,0,0)x;unexpected text after the tuple (at column 14)",
    })
    void errorsSayWhatAndWhere(String text, String message) {
        CellFormatException e = assertThrows(CellFormatException.class, () -> NaslibTuple.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void everyTupleOfTheNbSuiteZeroTableDecodesToItsArchString() throws IOException {
        Path f = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb201-zc-nbsz-c10.csv");
        assumeTrue(Files.isReadable(f), "skipping: " + f.toAbsolutePath() + " is absent");
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(f)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Cell cell = NaslibTuple.parse(r.get("naslib_tuple"));
                assertEquals(r.get("arch_str"), Nb201ArchString.format(cell), "line " + r.getRecordNumber());
                assertEquals(r.get("naslib_tuple"), NaslibTuple.format(cell));
                // the line format score and Import use: the tuple, also with the JSON keys' ", ", is that cell
                assertEquals(Architecture.of(cell), ArchitectureFormats.forSpace(SearchSpace.NB201)
                        .parse(r.get("naslib_tuple").replace(",", ", ")));
                rows++;
            }
        }
        assertEquals(9445, rows);
    }
}

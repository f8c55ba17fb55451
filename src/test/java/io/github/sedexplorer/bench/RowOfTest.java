package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.SearchSpace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BenchmarkTable#rowOf}: the row of an architecture, −1 for one absent or of another space. */
class RowOfTest {

    private static final String A = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    private static final String B = "|avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+|avg_pool_3x3~0|avg_pool_3x3~1|avg_pool_3x3~2|";
    private static final String C = "|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|";
    private static final String D = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";

    private static Architecture nb201(String text) {
        return ArchitectureFormats.forSpace(SearchSpace.NB201).parse(text);
    }

    @Test
    void eachArchitectureFindsItsRowAndOthersFindNone(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "arch_str,acc\n" + A + ",1\n" + B + ",2\n" + C + ",3\n");
        BenchmarkTable t = TableReader.read(csv);
        assertEquals(0, t.rowOf(nb201(A)));
        assertEquals(1, t.rowOf(nb201(B)));
        assertEquals(2, t.rowOf(nb201(C)));
        assertEquals(-1, t.rowOf(nb201(D)), "absent");
        // the same cells as a TransNAS micro architecture: another space, so no row of an NB201 table
        Architecture transNas = ArchitectureFormats.forSpace(SearchSpace.TRANSNAS_MICRO).parse(A);
        assertEquals(SearchSpace.TRANSNAS_MICRO, transNas.space());
        assertEquals(-1, t.rowOf(transNas));
    }

    /** The reader keeps an architecture's first row and skips the later ones, so the table holds each once. */
    @Test
    void aFileWithARepeatedArchitectureKeepsItsFirstRow(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("dup.csv");
        Files.writeString(csv, "arch_str,acc\n" + A + ",1\n" + B + ",2\n" + A + ",3\n");
        BenchmarkTable t = TableReader.read(csv);
        assertEquals(2, t.rows());
        assertEquals(0, t.rowOf(nb201(A)));
        assertEquals(1.0, t.metric("acc")[t.rowOf(nb201(A))]);
        assertEquals(1, t.rowOf(nb201(B)));
    }

    /** A table built with equal architectures in two rows (no reader makes one): the last of them is returned. */
    @Test
    void ofEqualRowsTheLastWins() {
        List<Architecture> rows = List.of(nb201(A), nb201(B), nb201(A), nb201(C), nb201(B));
        BenchmarkTable t = new BenchmarkTable("dup", SearchSpace.NB201, "arch", rows, List.of(A, B, A, C, B), Map.of(),
                Map.of(), new LoadReport());
        assertEquals(2, t.rowOf(nb201(A)));
        assertEquals(4, t.rowOf(nb201(B)));
        assertEquals(3, t.rowOf(nb201(C)));
        assertEquals(-1, t.rowOf(nb201(D)));
    }

    /** Several threads asking first, at once, all see the whole index. */
    @Test
    void threadsAskingAtOnceAgree() {
        List<String> texts = List.of(A, B, C, D);
        List<Architecture> rows = texts.stream().map(RowOfTest::nb201).toList();
        for (int round = 0; round < 20; round++) {
            BenchmarkTable t = new BenchmarkTable("t", SearchSpace.NB201, "arch", rows, texts, Map.of(), Map.of(),
                    new LoadReport());
            List<CompletableFuture<int[]>> asks = IntStream.range(0, 4).mapToObj(k -> CompletableFuture.supplyAsync(
                    () -> rows.stream().mapToInt(t::rowOf).toArray())).toList();
            for (CompletableFuture<int[]> f : asks) {
                assertEquals(List.of(0, 1, 2, 3), IntStream.of(f.join()).boxed().toList());
            }
        }
    }
}

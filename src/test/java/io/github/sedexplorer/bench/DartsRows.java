package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Distinct DARTS genotypes for memory tests: row i's normal cell is decoded from i (sources mixed radix 180, then
 * ops base 7), so rows 0..1,039,000,000 are all different; the reduce cell from a scrambled i. Text in DARTS'
 * canonical spelling ({@code range(2, 6)}), as NAS-Bench-301 dumps print it.
 */
final class DartsRows {

    private static final List<Op> OPS = DartsGenotype.NASLIB_OPS;
    /** The (first, second) source pairs of intermediate node k: C(k+2, 2) of them. */
    private static final int[][][] SOURCES = new int[4][][];

    static {
        for (int k = 0; k < 4; k++) {
            int n = k + 2;
            SOURCES[k] = new int[n * (n - 1) / 2][];
            int m = 0;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    SOURCES[k][m++] = new int[] {a, b};
                }
            }
        }
    }

    private DartsRows() {
    }

    static String genotype(long i) {
        long reduce = (i * 2_654_435_761L + 12_345) & 0x7fff_ffffL;
        return "Genotype(normal=" + pairs(i) + ", normal_concat=range(2, 6), reduce=" + pairs(reduce)
                + ", reduce_concat=range(2, 6))";
    }

    private static String pairs(long code) {
        StringBuilder sb = new StringBuilder("[");
        long ops = code;
        int[] choice = new int[4];
        for (int k = 0; k < 4; k++) {
            choice[k] = (int) (ops % SOURCES[k].length);
            ops /= SOURCES[k].length;
        }
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 2; j++) {
                Op op = OPS.get((int) (ops % 7));
                ops /= 7;
                sb.append(sb.length() > 1 ? ", " : "").append("('").append(SearchSpace.DARTS.opName(op)).append("', ")
                        .append(SOURCES[k][choice[k]][j]).append(')');
            }
        }
        return sb.append(']').toString();
    }

    static final String HEADER = "arch,val_acc,params\n";

    /** Row i of the CSV: the quoted genotype and two metrics. */
    static String row(int i) {
        return '"' + genotype(i) + "\"," + (90 + (i % 4500) / 1000.0) + "," + (i % 977) + "\n";
    }

    /** A CSV of n distinct genotypes with two metric columns. */
    static Path csv(Path dir, int n) throws IOException {
        Path f = dir.resolve("darts-" + n + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < n; i++) {
                w.write(row(i));
            }
        }
        return f;
    }

    /** The same CSV generated as it is read, so a million rows need no 300 MB file. */
    static InputStream stream(int n) {
        return new InputStream() {
            private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int next;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                while (pos == chunk.length) {
                    if (next == n) {
                        return -1;
                    }
                    chunk = row(next++).getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                int k = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, k);
                pos += k;
                return k;
            }
        };
    }

    /** Heap in use after full collections: what is reachable, near enough. */
    static long usedHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

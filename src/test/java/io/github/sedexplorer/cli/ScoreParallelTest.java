package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * score on several threads prints what it prints on one, byte for byte: rows, bad-line messages, where each
 * message falls among the rows (stdout and stderr share one stream here), and the exit code, on inputs of many
 * batches with bad, blank, over-long, non-UTF-8 and CRLF lines among the good ones.
 */
class ScoreParallelTest {

    record Run(int code, byte[] both, byte[] out) {
    }

    /** One run with {@code threads} scoring threads; stdout and stderr also written into one stream, in order. */
    static Run run(int threads, InputStream in, String... args) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream toBoth = new PrintStream(both, true, StandardCharsets.UTF_8);
        PrintStream outAndBoth = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
                toBoth.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
                toBoth.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new SedExplorerCommand());
        ((ScoreCommand) cl.getSubcommands().get("score").getCommand()).threads = threads;
        int code = SedExplorerCommand.run(cl, in, outAndBoth, toBoth, args);
        return new Run(code, both.toByteArray(), out.toByteArray());
    }

    static Run run(int threads, byte[] in, String... args) {
        return run(threads, new ByteArrayInputStream(in), args);
    }

    private static final List<String> NB201 = SpaceEnumerator.cells(SearchSpace.NB201).stream()
            .map(Nb201ArchString::format).toList();

    /** Good lines of a space, with bad ones of every kind the reader and the parsers know strewn among them. */
    static byte[] mixed(List<String> good, int lines, long seed) {
        Random r = new Random(seed);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String[] bad = {"hello", "", "   ", "\t", "|none~0|+", "\u001b[2Jpwned", "|nor_conv_3x3~0|+|skip~0|none~1|+|x~0|y~1|z~2|",
                "Genotype(normal=[('bogus', 0)]", "{\"matrix\": [[0,1]]}", "\uFEFF" + good.get(0), "  " + good.get(1) + " \t"};
        b.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < lines; i++) {
            int k = r.nextInt(1000);
            if (k < 15) {
                b.writeBytes(bad[r.nextInt(bad.length)].getBytes(StandardCharsets.UTF_8));
            } else if (k == 15) {
                b.writeBytes(new byte[] {'|', 'n', (byte) 0xff, (byte) 0xfe, '~', '0', '|'}); // not UTF-8
            } else if (k == 16 && i % 7 == 0) {
                b.writeBytes(("|" + "x".repeat(LineReader.MAX_LINE_BYTES + 10) + "~0|").getBytes(StandardCharsets.UTF_8));
            } else {
                b.writeBytes(good.get(r.nextInt(good.size())).getBytes(StandardCharsets.UTF_8));
            }
            int eol = r.nextInt(20);
            b.writeBytes((eol == 0 ? "\r\n" : eol == 1 ? "\r" : "\n").getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static void assertSameOnEveryThreadCount(byte[] input, String... args) {
        assertTrue(input.length > 8 * ScorePipeline.BATCH_BYTES, "more than a few batches: " + input.length);
        Run one = run(1, input, args);
        for (int threads : new int[] {2, 3, 8}) {
            Run many = run(threads, input, args);
            assertEquals(one.code(), many.code(), threads + " threads");
            assertArrayEquals(one.out(), many.out(), "stdout, " + threads + " threads");
            assertArrayEquals(one.both(), many.both(), "stdout and stderr interleaved, " + threads + " threads");
        }
    }

    @Test
    void nb201OnManyThreadsIsByteForByteTheOneThreadOutput() {
        assertSameOnEveryThreadCount(mixed(NB201, 40_000, 1), "score", "--space", "nb201");
    }

    @Test
    void transnasWhereMostNb201LinesAreBadIsTheSameToo() {
        assertSameOnEveryThreadCount(mixed(NB201, 20_000, 2), "score", "--space", "transnas", "--model", "sed-flow");
    }

    @Test
    void dartsAndNb101LinesThatAreAllDistinctAreTheSameToo() {
        Random r = new Random(3);
        String[] ops = {"none", "max_pool_3x3", "avg_pool_3x3", "skip_connect", "sep_conv_3x3", "sep_conv_5x5",
                "dil_conv_3x3", "dil_conv_5x5"};
        List<String> darts = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            darts.add("Genotype(normal=" + dartsCell(r, ops) + ", normal_concat=[2, 3, 4, 5], reduce=" + dartsCell(r, ops)
                    + ", reduce_concat=[2, 3, 4, 5])");
        }
        assertSameOnEveryThreadCount(mixed(darts, 5_000, 4), "score", "--space", "darts");
        String[] nodeOps = {"conv1x1-bn-relu", "conv3x3-bn-relu", "maxpool3x3"};
        List<String> nb101 = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            int n = 3 + r.nextInt(5);
            StringBuilder m = new StringBuilder("{\"matrix\": [");
            for (int a = 0; a < n; a++) {
                m.append(a == 0 ? "[" : ", [");
                for (int c = 0; c < n; c++) {
                    m.append(c == 0 ? "" : ", ").append(c == a + 1 || c > a && r.nextInt(4) == 0 ? 1 : 0);
                }
                m.append(']');
            }
            m.append("], \"ops\": [\"input\"");
            for (int a = 1; a < n - 1; a++) {
                m.append(", \"").append(nodeOps[r.nextInt(3)]).append('"');
            }
            nb101.add(m.append(", \"output\"]}").toString());
        }
        assertSameOnEveryThreadCount(mixed(nb101, 20_000, 5), "score", "--space", "nb101");
    }

    private static String dartsCell(Random r, String[] ops) {
        StringBuilder sb = new StringBuilder("[");
        for (int node = 2; node < 6; node++) {
            int a = r.nextInt(node);
            int b = (a + 1 + r.nextInt(node - 1)) % node;
            for (int from : new int[] {a, b}) {
                sb.append(sb.length() == 1 ? "" : ", ").append("('").append(ops[r.nextInt(ops.length)]).append("', ")
                        .append(from).append(')');
            }
        }
        return sb.append(']').toString();
    }

    @Test
    void lineNumbersCountAcrossBatchesAndThreads() {
        // bad lines at known numbers, far apart, with blank lines (counted) in between
        StringBuilder in = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 30_000; n++) {
            if (n % 4_999 == 0) {
                in.append("nope\n");
                expected.add("line " + n + ": ");
            } else if (n % 13 == 0) {
                in.append('\n');
            } else {
                in.append(NB201.get(n % NB201.size())).append('\n');
            }
        }
        for (int threads : new int[] {1, 2}) {
            Run r = run(threads, in.toString().getBytes(StandardCharsets.UTF_8), "score", "--space", "nb201");
            assertEquals(2, r.code());
            List<String> err = new String(r.both(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("line ")).toList();
            assertEquals(expected.size(), err.size());
            for (int i = 0; i < err.size(); i++) {
                assertTrue(err.get(i).startsWith(expected.get(i)), err.get(i));
            }
            long rows = new String(r.out(), StandardCharsets.UTF_8).lines().count();
            assertEquals(1 + 30_000 - 30_000 / 13 - expected.size() + countBoth(30_000), rows);
        }
    }

    /** Numbers up to n that are multiples of both 13 and 4,999 (counted as blank and as bad above: bad wins). */
    private static long countBoth(int n) {
        long c = 0;
        for (int i = 1; i <= n; i++) {
            if (i % 4_999 == 0 && i % 13 == 0) {
                c++;
            }
        }
        return c;
    }

    @Test
    void aStreamThatFailsMidwayEndsTheSameWayOnEveryThreadCount() {
        byte[] good = mixed(NB201, 20_000, 6);
        int failAt = good.length * 3 / 4;
        Run one = null;
        for (int threads : new int[] {1, 2, 4}) {
            InputStream failing = new ByteArrayInputStream(good) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    int n = super.read(b, off, Math.min(len, 1000));
                    if (pos > failAt) {
                        throw new UncheckedFailure();
                    }
                    return n;
                }
            };
            Run r = run(threads, new FailingAsIo(failing), "score", "--space", "nb201");
            String all = new String(r.both(), StandardCharsets.UTF_8);
            assertEquals(2, r.code(), all.substring(Math.max(0, all.length() - 300)));
            assertTrue(all.strip().lines().reduce((a, b) -> b).orElseThrow().matches("error: cannot read standard input at line \\d+: disk on fire"),
                    all.substring(Math.max(0, all.length() - 300)));
            if (one == null) {
                one = r;
            } else {
                assertArrayEquals(one.both(), r.both(), threads + " threads");
            }
        }
    }

    private static final class UncheckedFailure extends RuntimeException {
    }

    /** Turns the test stream's failure into the IOException a real stream would throw. */
    private static final class FailingAsIo extends InputStream {
        private final InputStream in;

        FailingAsIo(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (UncheckedFailure e) {
                throw new IOException("disk on fire");
            }
        }
    }
}

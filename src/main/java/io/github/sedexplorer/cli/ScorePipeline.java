package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * score's lines in batches: read in order by one thread, scored by one or more, written in input order. The
 * scoring of a batch is the same code whether it runs on the caller's thread or a worker's, and a batch's result
 * (its rows' bytes and its bad lines' messages, each where it falls among the rows) is written by the caller's
 * thread in input order, so the output, the messages and their interleaving do not depend on the thread count.
 */
final class ScorePipeline {

    /** A batch ends after the line that takes it past this many bytes: ~1,500 NB201 lines. */
    static final int BATCH_BYTES = 1 << 17;

    private static final int LINE_BUFFER = BATCH_BYTES + 512;
    private static final int ROW_BUFFER = 2 * BATCH_BYTES + 1024;

    private ScorePipeline() {
    }

    /**
     * Arrays of batches and results already written, for the next ones: a million lines would otherwise allocate
     * some 200 MB (lines in, rows out) and run the collector a few times for nothing. Only arrays of the two
     * standard sizes come back; a batch grown by a long line is left to the collector.
     */
    static final class Buffers {
        final ConcurrentLinkedQueue<byte[]> lines = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<byte[]> rows = new ConcurrentLinkedQueue<>();

        /** Takes back a result's arrays once the sink is done with it. */
        void release(Result r) {
            if (r.batch.data.length == LINE_BUFFER) {
                lines.offer(r.batch.data);
            }
            if (r.out.length == ROW_BUFFER) {
                rows.offer(r.out);
            }
        }
    }

    /** Lines as the reader read them: bytes, without line breaks, numbered from {@link #first}. */
    static final class Batch {
        final long first;
        byte[] data;
        /** Where this batch's arrays go back to when written, or null. */
        final Buffers buffers;
        int size;
        /** Where each line ends in {@link #data}; it starts where the one before ends. */
        int[] ends = new int[2048];
        /** Null, or for each line the reader refused (longer than the limit), its message. */
        String[] refused;
        int count;
        /** The last batch: the stream ended (or failed) after its lines. */
        boolean last;
        /** Why reading stopped early, or null. */
        Throwable failure;

        Batch(long first) {
            this(first, null);
        }

        Batch(long first, Buffers buffers) {
            this.first = first;
            this.buffers = buffers;
            byte[] reused = buffers == null ? null : buffers.lines.poll();
            this.data = reused != null ? reused : new byte[LINE_BUFFER];
        }

        void add(byte[] b, int n) {
            if (size + n > data.length) {
                data = Arrays.copyOf(data, Math.max(size + n, 2 * data.length));
            }
            System.arraycopy(b, 0, data, size, n);
            size += n;
            end();
        }

        private void refuse(String message) {
            if (refused == null) {
                refused = new String[ends.length];
            }
            end();
            if (refused.length < ends.length) {
                refused = Arrays.copyOf(refused, ends.length);
            }
            refused[count - 1] = message;
        }

        private void end() {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, 2 * count);
            }
            ends[count++] = size;
        }

        String refused(int line) {
            return refused == null ? null : refused[line];
        }
    }

    /** The next batch of lines, numbered from {@code first}; a failing stream ends it, as {@link Batch#failure}. */
    static Batch read(LineReader reader, long first) {
        return read(reader, first, null);
    }

    private static Batch read(LineReader reader, long first, Buffers buffers) {
        Batch b = new Batch(first, buffers);
        while (b.size < BATCH_BYTES) {
            int n;
            try {
                n = reader.nextRaw();
            } catch (SedException e) {
                b.refuse(e.getMessage());
                continue;
            } catch (IOException | RuntimeException | Error e) {
                b.failure = e;
                b.last = true;
                return b;
            }
            if (n < 0) {
                b.last = true;
                return b;
            }
            b.add(reader.bytes(), n);
        }
        return b;
    }

    /** What scoring a batch gave: its rows' bytes, and its events (bad lines, bugs) at their places among them. */
    static final class Result {
        final Batch batch;
        byte[] out;
        int length;
        int events;
        /** Where in {@link #out} each event falls: the rows before it are written first. */
        int[] at = new int[4];
        long[] line = new long[4];
        /** A bad line's message (String), or the bug a line ran into (Throwable). */
        Object[] what = new Object[4];

        Result(Batch batch) {
            this.batch = batch;
            int want = batch.size + (batch.size >> 1) + 64;
            byte[] reused = batch.buffers == null || want > ROW_BUFFER ? null : batch.buffers.rows.poll();
            this.out = reused != null ? reused : new byte[Math.max(want, batch.buffers == null ? 0 : ROW_BUFFER)];
        }

        void append(byte[] bytes, int from, int n) {
            if (length + n > out.length) {
                out = Arrays.copyOf(out, Math.max(length + n, 2 * out.length));
            }
            System.arraycopy(bytes, from, out, length, n);
            length += n;
        }

        void event(long number, Object message) {
            if (events == at.length) {
                at = Arrays.copyOf(at, 2 * events);
                line = Arrays.copyOf(line, 2 * events);
                what = Arrays.copyOf(what, 2 * events);
            }
            at[events] = length;
            line[events] = number;
            what[events] = message;
            events++;
        }
    }

    /** Scores one batch; one per thread. */
    interface Scorer {
        Result score(Batch batch);
    }

    /** Takes results in input order. */
    interface Sink {
        void accept(Result result);
    }

    /**
     * Reads, scores and writes every line. With {@code threads} > 1 and more than one batch of input, a reader
     * thread and {@code threads} workers run ahead of the caller's thread, at most a few batches; otherwise all
     * runs on the caller's thread. An exception from the sink stops the run and is thrown here.
     */
    static void run(LineReader reader, Supplier<Scorer> scorers, int threads, Sink sink) {
        Buffers buffers = new Buffers();
        Batch first = read(reader, 1, buffers);
        if (threads <= 1 || first.last) {
            Scorer s = scorers.get();
            for (Batch b = first; ; b = read(reader, b.first + b.count, buffers)) {
                Result r = s.score(b);
                sink.accept(r);
                buffers.release(r);
                if (b.last) {
                    return;
                }
            }
        }
        ThreadLocal<Scorer> local = ThreadLocal.withInitial(scorers);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "score-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Result>> inOrder = new ArrayBlockingQueue<>(2 * threads + 2);
        Thread readerThread = new Thread(() -> {
            try {
                for (Batch b = first; ; b = read(reader, b.first + b.count, buffers)) {
                    Batch batch = b;
                    inOrder.put(pool.submit(() -> local.get().score(batch)));
                    if (b.last) {
                        return;
                    }
                }
            } catch (InterruptedException | RejectedExecutionException e) {
                // the writing side stopped (and shut the workers down): nothing more is wanted
            }
        }, "score-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        try {
            while (true) {
                Result r;
                try {
                    r = inOrder.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SedException("score was interrupted");
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
                sink.accept(r);
                buffers.release(r);
                if (r.batch.last) {
                    return;
                }
            }
        } finally {
            readerThread.interrupt();
            pool.shutdownNow();
        }
    }
}

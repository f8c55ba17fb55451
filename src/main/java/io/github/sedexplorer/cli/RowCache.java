package io.github.sedexplorer.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * score's memory of lines seen lately: a line's raw bytes to the bytes of its output row. A benchmark's file
 * repeats its architectures (NB201 has 15,625), and looking bytes up costs no String, no parse and no
 * formatting. A row is a pure function of the line's bytes (decoding, stripping, parsing and scoring are), so
 * which rows are kept changes the speed only: when the table holds {@link #MAX_ROWS} rows or
 * {@link #MAX_BYTES} bytes it is emptied and fills again. One per thread; not thread-safe.
 */
final class RowCache {

    /** Every NB201 and TransNAS micro cell, a few spellings each. */
    static final int MAX_ROWS = 1 << 16;
    /** Keys and rows together, so long lines (DARTS genotypes are ~400 bytes) cannot make it large. */
    static final long MAX_BYTES = 24L << 20;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long K = 0x9E3779B97F4A7C15L;

    /**
     * Each kept line is one array, its key's length, its key and its row ({@link #rowOffset}): a lookup that finds
     * touches the table once and then one array, not a table of hashes, one of keys and one of rows.
     */
    private byte[][] slots = new byte[1 << 12][];
    /** The table grows as it fills, at most half full, so NB201's 15,625 rows take 128 KiB of it, not 512. */
    private int mask = slots.length - 1;
    private int size;
    private long bytes;

    /** A hash of {@code n} bytes from {@code off}, eight at a time. */
    static int hash(byte[] b, int off, int n) {
        long h = n * K;
        int i = off;
        int end = off + n;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * K;
            h ^= h >>> 32;
        }
        for (; i < end; i++) {
            h = (h ^ b[i]) * K;
        }
        h ^= h >>> 29;
        return (int) h;
    }

    /** Where the row starts in what {@link #get} returns for a line of {@code n} bytes. */
    static int rowOffset(int n) {
        return 4 + n;
    }

    /** The kept array of these bytes (the row from {@link #rowOffset}), or null. */
    byte[] get(byte[] b, int off, int n, int hash) {
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            byte[] slot = slots[i];
            if (slot == null) {
                return null;
            }
            if ((int) INTS.get(slot, 0) == n && Arrays.equals(slot, 4, 4 + n, b, off, off + n)) {
                return slot;
            }
        }
    }

    /**
     * The rows all threads of one run have made, so that a line is parsed and scored once however many threads
     * meet it: each thread looks here when its own cache misses. It stops taking rows at {@link #MAX_ROWS}
     * (rows already in stay), and looking up needs no allocation: each thread probes with a key of its own.
     */
    static final class Shared {
        private final ConcurrentHashMap<Key, byte[]> rows = new ConcurrentHashMap<>(2 * MAX_ROWS); // sized once: no resizing while threads fill it
        private final AtomicLong bytes = new AtomicLong();

        byte[] get(Key probe) {
            return rows.get(probe);
        }

        void put(Key probe, byte[] row) {
            if (rows.size() < MAX_ROWS && bytes.addAndGet(probe.length + row.length) <= MAX_BYTES) {
                rows.putIfAbsent(probe.copy(), row);
            }
        }
    }

    /** A range of bytes as a map key: a thread's reusable probe, or (copied) a key kept in {@link Shared}. */
    static final class Key {
        private byte[] bytes;
        private int off;
        private int length;
        private int hash;

        Key set(byte[] b, int from, int n, int h) {
            bytes = b;
            off = from;
            length = n;
            hash = h;
            return this;
        }

        Key copy() {
            return new Key().set(Arrays.copyOfRange(bytes, off, off + length), 0, length, hash);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.length == length
                    && Arrays.equals(bytes, off, off + length, k.bytes, k.off, k.off + length);
        }
    }

    /** Remembers a row for bytes that {@link #get} did not find; returns what get will return for them. */
    byte[] put(byte[] b, int off, int n, int hash, byte[] row) {
        if (size >= MAX_ROWS || bytes + n + row.length > MAX_BYTES) {
            Arrays.fill(slots, null);
            size = 0;
            bytes = 0;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        byte[] slot = new byte[4 + n + row.length];
        INTS.set(slot, 0, n);
        System.arraycopy(b, off, slot, 4, n);
        System.arraycopy(row, 0, slot, 4 + n, row.length);
        int i = hash & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = slot;
        size++;
        bytes += slot.length;
        return slot;
    }

    private void grow() {
        byte[][] old = slots;
        slots = new byte[2 * old.length][];
        mask = slots.length - 1;
        for (byte[] slot : old) {
            if (slot != null) {
                int n = (int) INTS.get(slot, 0);
                int i = hash(slot, 4, n) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }
}

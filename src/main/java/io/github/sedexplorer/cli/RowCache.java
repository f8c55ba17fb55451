package io.github.sedexplorer.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

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
    private static final long K = 0x9E3779B97F4A7C15L;

    private final int[] hashes = new int[2 * MAX_ROWS];
    private final byte[][] keys = new byte[2 * MAX_ROWS][];
    private final byte[][] rows = new byte[2 * MAX_ROWS][];
    private final int mask = 2 * MAX_ROWS - 1;
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

    /** The row of these bytes, or null. */
    byte[] get(byte[] b, int off, int n, int hash) {
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            byte[] key = keys[i];
            if (key == null) {
                return null;
            }
            if (hashes[i] == hash && key.length == n && Arrays.equals(key, 0, n, b, off, off + n)) {
                return rows[i];
            }
        }
    }

    /** Remembers a row for bytes that {@link #get} did not find. */
    void put(byte[] b, int off, int n, int hash, byte[] row) {
        if (size >= MAX_ROWS || bytes + n + row.length > MAX_BYTES) {
            Arrays.fill(keys, null);
            Arrays.fill(rows, null);
            size = 0;
            bytes = 0;
        }
        int i = hash & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        keys[i] = Arrays.copyOfRange(b, off, off + n);
        rows[i] = row;
        size++;
        bytes += n + row.length;
    }
}

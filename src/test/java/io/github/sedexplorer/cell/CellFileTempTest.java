package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kill during a save leaves {@code .NAME.HEX.tmp}; the next save or open of that file removes it, and nothing else. */
class CellFileTempTest {

    private static Path old(Path dir, String name) throws Exception {
        Path p = Files.writeString(dir.resolve(name), "half a save");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(CellFile.STALE_AFTER).minusSeconds(30)));
        return p;
    }

    @Test
    void aSaveRemovesStaleTempsOfThatFileOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cell.json");
        Path stale = old(dir, ".cell.json.1f3a9c0d2e4b5a67.tmp");
        Path staleShort = old(dir, ".cell.json.a.tmp");
        Path fresh = Files.writeString(dir.resolve(".cell.json.0123abcd.tmp"), "being written right now");
        List<Path> notOurs = List.of(old(dir, ".other.json.1f3a9c0d2e4b5a67.tmp"), old(dir, "cell.json.1f3a9c0d.tmp"),
                old(dir, ".cell.json.notHEX.tmp"), old(dir, ".cell.json.1f3a9c0d.tmp.bak"),
                old(dir, ".cell.json.1f3a9c0d2e4b5a6789.tmp"), old(dir, ".xcell.json.1f.tmp"));
        CellFile.write(CellFileTest.nb201(), file);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleShort));
        assertTrue(Files.exists(fresh), "a temp younger than a minute may be a write in progress");
        for (Path p : notOurs) {
            assertTrue(Files.exists(p), "not ours: " + p.getFileName());
        }
        assertEquals(CellFileTest.nb201(), CellFile.read(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1 + 1 + notOurs.size(), left.count(), "the file, the fresh temp and the look-alikes");
        }
    }

    @Test
    void openingRemovesThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my cell [1].json");
        CellFile.write(CellFileTest.nb201(), file);
        Path stale = old(dir, ".my cell [1].json.ff.tmp");
        CellFile.read(file);
        assertFalse(Files.exists(stale), "the name is matched literally, brackets and all");
    }

    @Test
    void bytesAreWrittenAtomicallyToo(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("chart.png");
        Path stale = old(dir, ".chart.png.00c0ffee.tmp");
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, -1};
        CellFile.writeAtomically(bytes, png, "PNG image");
        assertArrayEquals(bytes, Files.readAllBytes(png));
        assertFalse(Files.exists(stale));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }
}

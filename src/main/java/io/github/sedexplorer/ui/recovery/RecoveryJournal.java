package io.github.sedexplorer.ui.recovery;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.log.ErrorLog;
import io.github.sedexplorer.log.UserDirs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The editor's crash-recovery journal: while the document has unsaved changes, a copy of it (written with
 * {@link CellFile#write(CellDocument)}, atomically with {@link CellFile#writeAtomically}) sits in
 * {@code recovery/} in the user's data directory; a clean exit or a save removes it, so a journal left behind
 * means the program died with unsaved work.
 *
 * <p>One journal per running program: {@code editor-PID-START.json} beside a lock file {@code editor-PID-START.lock}
 * the program holds locked while it runs. The operating system drops that lock when the process ends, however it
 * ends (kill -9 included), so a journal whose lock can be taken belongs to a program that is gone: that is an
 * orphan, offered at the next start ({@link #findOrphans}). Several windows never write each other's journals,
 * and a start never offers the journal of a window that is still open.
 *
 * <p>{@link #update} is called on the FX thread after every change and only hands the snapshot over: the
 * journal is written on its own thread, {@link #DEBOUNCE} after the last change (at most {@link #MAX_WAIT} after
 * the first of a run of changes). A journal that cannot be written is logged ({@link ErrorLog#warning}), never
 * shown: the user keeps working.
 */
public final class RecoveryJournal implements AutoCloseable {

    public static final String FORMAT = "sed-explorer-recovery";
    public static final int VERSION = 1;
    static final Duration DEBOUNCE = Duration.ofMillis(600);
    static final Duration MAX_WAIT = Duration.ofSeconds(3);
    private static final String PREFIX = "editor-";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Lock files this process holds (its own journal's, and orphans claimed while they are offered). Never opened a
     * second time: on Linux, closing any channel of a file drops every lock the process holds on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** What the journal holds: the document, the file it came from (or null), the model and C, and when it was edited. */
    public record Snapshot(CellDocument document, Path file, String model, int channels, Instant editedAt) {
    }

    /** A journal left by a program that is gone, claimed (its lock held) while it is offered. */
    public static final class Orphan {
        private final Path journal;
        private final Path lock;
        private final Snapshot snapshot;
        private FileChannel channel;

        Orphan(Path journal, Path lock, Snapshot snapshot, FileChannel channel) {
            this.journal = journal;
            this.lock = lock;
            this.snapshot = snapshot;
            this.channel = channel;
        }

        public Snapshot snapshot() {
            return snapshot;
        }

        Path journal() {
            return journal;
        }

        /** Gives the claim up, leaving the journal for a later start. */
        public synchronized void release() {
            if (channel != null) {
                HELD.remove(lock);
                closeQuietly(channel);
                channel = null;
            }
        }

        /** Deletes the journal and its lock file (the user discarded it, or it lives on in this program's journal). */
        synchronized void delete() {
            try {
                Files.deleteIfExists(journal);
                if (channel != null) {
                    Files.deleteIfExists(lock);
                }
            } catch (IOException e) {
                ErrorLog.warning("cannot remove the recovery journal " + journal, e);
            } finally {
                release();
            }
        }

        @Override
        public String toString() {
            return journal.getFileName().toString();
        }
    }

    private final Path dir;
    private final Path journal;
    private final Path lockFile;
    /** Set on the journal's thread once the lock is taken; null when the journal cannot be written. */
    private volatile FileChannel lockChannel;
    private final ScheduledExecutorService writer;
    private final Object pendingLock = new Object();
    private Snapshot pending;
    private boolean removalPending;
    private ScheduledFuture<?> scheduled;
    private long firstPendingNanos;
    private final List<Orphan> adopted = new ArrayList<>();
    private boolean onDisk;
    private boolean failing;
    private volatile boolean closed;

    private RecoveryJournal(Path dir, String id) {
        this.dir = dir.toAbsolutePath(); // the lock files are keyed by absolute path in HELD
        this.journal = dir.resolve(id + ".json");
        this.lockFile = dir.resolve(id + ".lock");
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "recovery-journal");
            t.setDaemon(true);
            return t;
        });
    }

    /** The journal of the editor's documents in {@code UserDirs.data()/recovery}. */
    public static Path defaultDir() {
        return UserDirs.data().resolve("recovery");
    }

    /**
     * Opens this program's journal in {@code dir}: returns at once, the directory is created and the lock taken on
     * the journal's thread. Never fails: when the directory cannot be written, that is logged and the journal
     * writes nothing.
     */
    public static RecoveryJournal open(Path dir) {
        String id = PREFIX + ProcessHandle.current().pid() + "-" + Long.toHexString(System.currentTimeMillis())
                + Long.toHexString(System.nanoTime() & 0xffff);
        RecoveryJournal j = new RecoveryJournal(dir, id);
        j.writer.execute(j::lock);
        return j;
    }

    private void lock() {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                throw new IOException("the lock file is locked by another program");
            }
            HELD.add(lockFile.toAbsolutePath());
            lockChannel = channel;
        } catch (IOException | RuntimeException e) {
            ErrorLog.warning("cannot open the recovery journal in " + dir + ": unsaved edits will not survive a crash", e);
            closeQuietly(channel);
        }
    }

    /** Whether this journal can write (its directory was writable and its lock taken); false until it is opened. */
    public boolean enabled() {
        return lockChannel != null;
    }

    /** This program's journal file (it exists only while there are unsaved changes). */
    public Path file() {
        return journal;
    }

    /**
     * The journals of programs that are gone, newest edit first, each claimed until it is restored, discarded or
     * released. Reads the directory on the journal's thread and hands the list to {@code result} there.
     */
    public void findOrphans(Consumer<List<Orphan>> result) {
        writer.execute(() -> result.accept(orphans()));
    }

    /** The orphans now (see {@link #findOrphans}); blocking, for the journal's thread and tests. */
    public List<Orphan> orphans() {
        List<Orphan> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.json")) {
            for (Path j : files) {
                if (j.equals(journal)) {
                    continue;
                }
                String name = j.getFileName().toString();
                Path lock = dir.resolve(name.substring(0, name.length() - ".json".length()) + ".lock");
                FileChannel claim = claim(lock);
                if (claim == null) {
                    continue; // its program is still running (or another start is offering it right now)
                }
                try {
                    out.add(new Orphan(j, lock, read(j), claim));
                } catch (IOException | RuntimeException e) {
                    ErrorLog.warning("cannot read the recovery journal " + j + "; moved aside as .unreadable", e);
                    moveAside(j);
                    HELD.remove(lock);
                    closeQuietly(claim);
                }
            }
        } catch (IOException | RuntimeException e) {
            ErrorLog.warning("cannot look for recovery journals in " + dir, e);
        }
        removeStaleLocks();
        out.sort(Comparator.comparing((Orphan o) -> o.snapshot().editedAt()).reversed());
        return out;
    }

    /** The lock of a journal whose program is gone, taken; null while its program (or a claim) holds it. */
    private static FileChannel claim(Path lock) {
        Path key = lock.toAbsolutePath();
        if (!HELD.add(key)) {
            return null;
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l != null) {
                return ch;
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held: the program is alive
        }
        HELD.remove(key);
        closeQuietly(ch);
        return null;
    }

    /** Lock files without a journal, of programs that exited with nothing unsaved or were killed with nothing unsaved. */
    private void removeStaleLocks() {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(dir, PREFIX + "*.lock")) {
            for (Path lock : locks) {
                String name = lock.getFileName().toString();
                if (lock.equals(lockFile) || Files.exists(dir.resolve(name.substring(0, name.length() - ".lock".length()) + ".json"))) {
                    continue;
                }
                FileChannel claim = claim(lock);
                if (claim != null) {
                    try {
                        Files.deleteIfExists(lock);
                    } finally {
                        HELD.remove(lock.toAbsolutePath());
                        closeQuietly(claim);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            ErrorLog.warning("cannot tidy the recovery journals' lock files in " + dir, e);
        }
    }

    private static void moveAside(Path j) {
        try {
            Files.move(j, j.resolveSibling(j.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            ErrorLog.warning("cannot move the unreadable recovery journal " + j + " aside", e);
        }
    }

    /**
     * The editor's state after a change: a snapshot to journal, or null when nothing is unsaved (a save, an
     * undo back to the saved state, a newly opened file), which removes the journal. Cheap: the journal is written
     * on its own thread.
     */
    public void update(Snapshot snapshot) {
        if (closed) {
            return;
        }
        synchronized (pendingLock) {
            if (snapshot == null) {
                pending = null;
                removalPending = true;
                reschedule(0);
                return;
            }
            long now = System.nanoTime();
            if (pending == null) {
                firstPendingNanos = now;
            }
            pending = snapshot;
            removalPending = false;
            long latest = firstPendingNanos + MAX_WAIT.toNanos();
            reschedule(Math.max(0, Math.min(now + DEBOUNCE.toNanos(), latest) - now));
        }
    }

    private void reschedule(long delayNanos) {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = writer.schedule(this::drain, delayNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Takes over a restored orphan: it is deleted once this program's journal holds the document (after the next
     * write), or when nothing is unsaved any more (a save, a clean exit).
     */
    public void adopt(Orphan orphan) {
        synchronized (pendingLock) {
            adopted.add(orphan);
        }
    }

    /** Discards an orphan: the user chose not to restore it. Done on the journal's thread. */
    public void discard(Orphan orphan) {
        writer.execute(orphan::delete);
    }

    /** Writes what is pending now and waits for it (tests; {@link #close} for a clean exit). */
    public void flush() {
        try {
            Future<?> f;
            synchronized (pendingLock) {
                if (scheduled != null) {
                    scheduled.cancel(false);
                }
                f = writer.submit(this::drain);
            }
            f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            ErrorLog.warning("the recovery journal did not finish writing", e);
        }
    }

    /** On the journal's thread: the latest snapshot written, or the journal removed. */
    private void drain() {
        Snapshot s;
        boolean remove;
        List<Orphan> done;
        synchronized (pendingLock) {
            s = pending;
            remove = removalPending;
            pending = null;
            removalPending = false;
            scheduled = null;
            // taken with the snapshot: whatever is written now was edited after these orphans were adopted
            done = List.copyOf(adopted);
            adopted.clear();
        }
        if (!enabled()) {
            keep(done); // the directory could not be written (logged when the journal was opened)
            return;
        }
        if (s != null) {
            try {
                CellFile.writeAtomically(write(s), journal, "recovery journal");
                onDisk = true;
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    ErrorLog.warning("cannot write the recovery journal " + journal, e);
                }
                failing = true;
                keep(done);
                return;
            }
        } else if (remove) {
            removeOwn(); // nothing unsaved: a save or a clean exit, the adopted orphans are done with too
        } else if (!onDisk) {
            keep(done); // nothing journalled yet: they wait for the first write
            return;
        }
        // nothing pending and the journal on disk: it already holds the latest state
        done.forEach(Orphan::delete);
    }

    /** Adopted orphans stay until this journal holds their document (a write succeeds) or nothing is unsaved. */
    private void keep(List<Orphan> orphans) {
        synchronized (pendingLock) {
            adopted.addAll(0, orphans);
        }
    }

    private void removeOwn() {
        if (!onDisk && !Files.exists(journal)) {
            return;
        }
        try {
            Files.deleteIfExists(journal);
            onDisk = false;
        } catch (IOException e) {
            ErrorLog.warning("cannot remove the recovery journal " + journal, e);
        }
    }

    /**
     * A clean exit: nothing pending is written, this program's journal, its lock and any adopted orphans are removed.
     * Waits for the journal's thread (a write in flight) for up to two seconds.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (pendingLock) {
            pending = null;
            removalPending = true;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        writer.execute(this::drain);
        finish();
        if (enabled()) {
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                ErrorLog.warning("cannot remove the recovery journal's lock " + lockFile, e);
            }
        }
        releaseLock();
    }

    /** Like a kill -9 (tests): the thread stops, nothing more is written or removed, the lock is dropped. */
    void abandon() {
        closed = true;
        writer.shutdownNow();
        releaseLock();
    }

    private void finish() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                ErrorLog.warning("the recovery journal was still busy at exit", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void releaseLock() {
        if (enabled()) {
            HELD.remove(lockFile.toAbsolutePath());
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to do: the lock goes with the channel either way
            }
        }
    }

    // ---- the file -------------------------------------------------------------------------------

    static String write(Snapshot s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("pid", ProcessHandle.current().pid());
        root.put("editedAt", s.editedAt().toString());
        root.put("file", s.file() == null ? null : s.file().toAbsolutePath().toString());
        root.put("model", s.model());
        root.put("channels", s.channels());
        try {
            root.set("document", MAPPER.readTree(CellFile.write(s.document())));
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a cell file written by CellFile.write did not read back as JSON", e);
        }
    }

    static Snapshot read(Path j) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(j, StandardCharsets.UTF_8));
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw new IOException("not a version " + VERSION + " " + FORMAT + " file");
        }
        CellDocument doc = CellFile.read(MAPPER.writeValueAsString(root.get("document")));
        JsonNode file = root.get("file");
        Instant at = Instant.parse(root.path("editedAt").asText());
        return new Snapshot(doc, file == null || file.isNull() ? null : Path.of(file.asText()),
                root.path("model").asText(null), root.path("channels").asInt(0), at);
    }
}

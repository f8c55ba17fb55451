package io.github.sedexplorer.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the fuzz run did, path by path: inputs, time, size, and the failures by kind. Printed (and written to
 * {@link FuzzConfig#reportFile()}) once, when the test engine finishes: every fuzz class registers this
 * extension, which puts one closeable summary into the root store.
 */
final class FuzzReport implements BeforeAllCallback {

    record PathResult(String path, int inputs, long millis, long cpuMillis, long size, List<Fuzzer.Group> failures, List<String> slowest) {
    }

    private static final Map<String, PathResult> RESULTS = new TreeMap<>();

    static synchronized void record(String path, int inputs, long millis, long cpuMillis, long size, List<Fuzzer.Group> failures,
                                    List<String> slowest) {
        RESULTS.put(path, new PathResult(path, inputs, millis, cpuMillis, size, failures, List.copyOf(slowest)));
    }

    static synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        long inputs = 0;
        long millis = 0;
        long cpu = 0;
        long failed = 0;
        sb.append("==== SED Explorer fuzz summary (seed ").append(FuzzConfig.hex(FuzzConfig.seed())).append(", ")
                .append(FuzzConfig.inputs()).append(" inputs per path) ====").append(nl);
        sb.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %9s %8s %6s%n", "path", "inputs", "ms", "cpu ms", "MB in", "failed", "kinds"));
        for (PathResult r : RESULTS.values()) {
            long f = r.failures().stream().mapToLong(g -> g.count).sum();
            sb.append(String.format(Locale.ROOT, "%-24s %,9d %,9d %,9d %9.1f %,8d %6d%n", r.path(), r.inputs(), r.millis(),
                    r.cpuMillis(), r.size() / 1e6, f, r.failures().size()));
            inputs += r.inputs();
            millis += r.millis();
            cpu += r.cpuMillis();
            failed += f;
        }
        sb.append(String.format(Locale.ROOT, "%-24s %,9d %,9d %,9d %9s %,8d%n", "total", inputs, millis, cpu, "", failed));
        if (Boolean.getBoolean("sed.fuzz.timing")) {
            for (PathResult r : RESULTS.values()) {
                sb.append(r.path()).append(" slowest: ").append(String.join("; ", r.slowest())).append(nl);
            }
        }
        for (PathResult r : RESULTS.values()) {
            if (!r.failures().isEmpty()) {
                sb.append(nl).append(r.path()).append(':').append(nl);
                for (Fuzzer.Group g : r.failures()) {
                    sb.append(Fuzzer.groupText(r.path(), FuzzConfig.seed(), g, "  "));
                }
            }
        }
        return sb.toString();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Summary.class, k -> new Summary(), Summary.class);
    }

    /** Closed by JUnit when the engine's run ends. */
    @SuppressWarnings("deprecation")
    static final class Summary implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private boolean closed;

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            String s = summary();
            System.out.println(s);
            try {
                Path file = Path.of(FuzzConfig.reportFile());
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, s, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("fuzz: cannot write " + FuzzConfig.reportFile() + ": " + e.getMessage());
            }
        }
    }
}

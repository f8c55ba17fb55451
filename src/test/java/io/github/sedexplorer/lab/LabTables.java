package io.github.sedexplorer.lab;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SharedTables;

import java.util.List;

/** NB201 landscape and TransNAS micro, loaded once for the lab's tests (skipped when the files are absent). */
final class LabTables {

    private static BenchmarkTable nb201;
    private static BenchmarkTable transNas;
    private static ProxyLab lab;

    private LabTables() {
    }

    static synchronized BenchmarkTable nb201() {
        if (nb201 == null) {
            nb201 = SharedTables.of("nb201-nats-landscape.csv");
        }
        return nb201;
    }

    static synchronized BenchmarkTable transNas() {
        if (transNas == null) {
            transNas = SharedTables.of("tnb101-micro-naslib.csv");
        }
        return transNas;
    }

    /** The lab over NB201 (3 targets) then TransNAS (7 targets). */
    static synchronized ProxyLab lab() {
        if (lab == null) {
            lab = new ProxyLab(List.of(nb201(), transNas()));
        }
        return lab;
    }
}

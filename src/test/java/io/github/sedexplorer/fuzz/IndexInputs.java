package io.github.sedexplorer.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Pairs of tables for the API index path: an NB201 table with arch strings and {@code arch_index} (the index
 * table) and a table naming cells only by index (the data table), valid or with one or both mutated.
 */
final class IndexInputs {

    static final String INDEX = "index";
    static final String DATA = "data";

    private IndexInputs() {
    }

    static FuzzInput make(SplittableRandom r, int number) {
        Seeds.IndexTables t = Seeds.indexTables(r);
        String index = t.index().csv(',');
        String data = t.data().csv(',');
        String how;
        switch (number) {
            case 0 -> how = Fuzzer.VALID + " index and data tables";
            case 1 -> {
                StringBuilder sb = new StringBuilder("ArchitectureString,UniqueString,CIFAR10TestAccuracy200Epochs\n");
                for (int i = 0; i < 20; i++) {
                    sb.append(Seeds.nb201(r)).append(",u").append(i).append(',').append(i).append('\n');
                }
                index = sb.toString();
                how = "edge: a landscape-shaped index table with 20 rows";
            }
            case 2 -> {
                index = index.replaceFirst(",\\d+,", ",1e400,");
                how = "edge: arch_index 1e400";
            }
            case 3 -> {
                data = data.replaceFirst("\n\\d+,", "\n99999999999999999999999,");
                how = "edge: a data row's index is a big integer";
            }
            case 4 -> {
                data = data.replaceFirst("\n\\d+,", "\n-0.0,") + "15625,1,1\n9930.5,1,1\n-1,1,1\n\u0663,1,1\n";
                how = "edge: indices -0.0, 15625, 9930.5, -1, Arabic 3";
            }
            case 5 -> {
                index = index + Seeds.nb201(r) + ",9930,1\n";
                how = "edge: index 9930 given to another cell";
            }
            default -> {
                Mutator m = new Mutator(r, List.of(index, data));
                int which = r.nextInt(3);
                int mode = r.nextInt(10);
                if (mode == 0) {
                    how = Fuzzer.VALID + " index and data tables";
                    break;
                }
                if (which != 1) {
                    index = mode < 6 ? TableInputs.structuredCsv(t.index(), ',', r, m) : m.mutate(index);
                }
                if (which != 0) {
                    data = mode < 6 ? TableInputs.structuredCsv(t.data(), r.nextBoolean() ? ',' : '\t', r, m) : m.mutate(data);
                }
                how = (which == 0 ? "index" : which == 1 ? "data" : "both") + (mode < 6 ? " field-mutated: " : " text-mutated: ")
                        + String.join(", ", m.log);
                return new FuzzInput(Map.of(INDEX, FuzzInput.Part.bytes(m.toBytes(index, 12)), DATA,
                        FuzzInput.Part.bytes(m.toBytes(data, 12))), new ArrayList<>(), Set.of(), how);
            }
        }
        return new FuzzInput(Map.of(INDEX, FuzzInput.Part.bytes(index.getBytes(StandardCharsets.UTF_8)), DATA,
                FuzzInput.Part.bytes(data.getBytes(StandardCharsets.UTF_8))), new ArrayList<>(), Set.of(), how);
    }
}

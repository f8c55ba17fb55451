package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.cell.TransNasCode;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Valid seeds, made with the program's own enumerators and formatters wherever it has them: arch strings and
 * codes ({@link SpaceEnumerator}, {@link Nb201ArchString#format}, {@link TransNasCode#format}), NB101 specs
 * ({@link Nb101Spec#fromMatrix}, {@link Nb101Spec#format}), DARTS genotypes ({@link DartsGenotype#format}), small
 * tables of each space in CSV/TSV/JSON, a NASLib zero-cost JSON, index tables, model files
 * ({@link ModelFile#write}) and cell files ({@link CellFile#write}).
 */
final class Seeds {

    static final List<Cell> NB201 = SpaceEnumerator.cells(SearchSpace.NB201);
    static final List<Cell> TRANSNAS = SpaceEnumerator.cells(SearchSpace.TRANSNAS_MICRO);
    static final ObjectMapper JSON = new ObjectMapper();

    /** The API indices the docs name (ApiIndex checks them): a fake index must give them their real cells. */
    static final Map<Integer, String> KNOWN_INDICES = Map.of(
            0, "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|",
            6111, "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|",
            9930, "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|");

    static final List<SearchSpace> LINE_SPACES =
            List.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO, SearchSpace.NB101, SearchSpace.DARTS);

    private Seeds() {
    }

    // ---- one-line architectures -------------------------------------------------------------------------------

    static String nb201(SplittableRandom r) {
        return Nb201ArchString.format(NB201.get(r.nextInt(NB201.size())));
    }

    static String transnas(SplittableRandom r) {
        Cell c = TRANSNAS.get(r.nextInt(TRANSNAS.size()));
        return r.nextBoolean() ? TransNasCode.format(c) : Nb201ArchString.format(c);
    }

    /** A raw (unpruned) NB101 spec whose pruned cell is valid. */
    record Nb101Raw(int[][] matrix, List<String> ops, Cell cell) {
        String adjacencyBits() {
            StringBuilder sb = new StringBuilder();
            for (int[] row : matrix) {
                for (int x : row) {
                    sb.append(x);
                }
            }
            return sb.toString();
        }

        String opsText() {
            return String.join("|", ops);
        }

        /** The spec JSON as NB101's own API would print it, spacing varied. */
        String json(SplittableRandom r) {
            String sp = r.nextBoolean() ? " " : "";
            StringBuilder sb = new StringBuilder("{\"matrix\":" + sp + "[");
            for (int i = 0; i < matrix.length; i++) {
                sb.append(i == 0 ? "[" : "," + sp + "[");
                for (int j = 0; j < matrix.length; j++) {
                    sb.append(j == 0 ? "" : "," + sp).append(matrix[i][j]);
                }
                sb.append(']');
            }
            sb.append("],").append(sp).append("\"ops\":").append(sp).append('[');
            for (int i = 0; i < ops.size(); i++) {
                sb.append(i == 0 ? "" : "," + sp).append('"').append(ops.get(i)).append('"');
            }
            return sb.append("]}").toString();
        }
    }

    static Nb101Raw nb101Raw(SplittableRandom r) {
        List<String> interior = List.of("conv1x1-bn-relu", "conv3x3-bn-relu", "maxpool3x3");
        while (true) {
            int n = r.nextInt(4) == 0 ? 2 + r.nextInt(5) : 7;
            int[][] m = new int[n][n];
            double p = 0.25 + r.nextDouble() * 0.4;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    m[i][j] = r.nextDouble() < p ? 1 : 0;
                }
            }
            List<String> ops = new ArrayList<>();
            ops.add(Nb101Spec.INPUT);
            for (int v = 1; v < n - 1; v++) {
                ops.add(interior.get(r.nextInt(interior.size())));
            }
            ops.add(Nb101Spec.OUTPUT);
            try {
                return new Nb101Raw(m, ops, Nb101Spec.fromMatrix(m, ops));
            } catch (SedException e) {
                // no input->output path, or too many edges after pruning: draw again
            }
        }
    }

    static String nb101(SplittableRandom r) {
        Nb101Raw raw = nb101Raw(r);
        return r.nextBoolean() ? Nb101Spec.format(raw.cell()) : raw.json(r);
    }

    static final List<Op> DARTS_OPS = DartsGenotype.NASLIB_OPS;

    static Architecture darts(SplittableRandom r) {
        return Architecture.darts(dartsCell(r), dartsCell(r));
    }

    private static Cell dartsCell(SplittableRandom r) {
        List<DartsGenotype.Pair> pairs = new ArrayList<>();
        for (int k = 0; k < SearchSpace.DARTS_INTERMEDIATES; k++) {
            int a = r.nextInt(k + 2);
            int b;
            do {
                b = r.nextInt(k + 2);
            } while (b == a);
            pairs.add(new DartsGenotype.Pair(DARTS_OPS.get(r.nextInt(DARTS_OPS.size())), a));
            pairs.add(new DartsGenotype.Pair(DARTS_OPS.get(r.nextInt(DARTS_OPS.size())), b));
        }
        return DartsGenotype.cell(pairs, DartsGenotype.DEFAULT_CONCAT);
    }

    static String dartsGenotype(SplittableRandom r) {
        return DartsGenotype.format(darts(r));
    }

    /** NASLib's compact key, {@code [[(src, opIdx) x8], [(src, opIdx) x8]]}; JSON keys with ", ", CSV columns without. */
    static String dartsCompact(Architecture a, boolean spaced) {
        String sep = spaced ? ", " : ",";
        StringBuilder sb = new StringBuilder("[");
        for (int c = 0; c < 2; c++) {
            sb.append(c == 0 ? "[" : sep + "[");
            List<DartsGenotype.Pair> pairs = DartsGenotype.pairs(a.cells().get(c));
            for (int i = 0; i < pairs.size(); i++) {
                DartsGenotype.Pair p = pairs.get(i);
                sb.append(i == 0 ? "" : sep).append('(').append(p.src()).append(sep).append(DARTS_OPS.indexOf(p.op())).append(')');
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /** A valid score line of the space, in the form that space's benchmark files use. */
    static String line(SearchSpace s, SplittableRandom r) {
        return switch (s) {
            case NB201 -> nb201(r);
            case TRANSNAS_MICRO -> transnas(r);
            case NB101 -> nb101(r);
            case DARTS -> dartsGenotype(r);
            case FREE -> throw new IllegalArgumentException("free cells have no one-line format");
        };
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    /** A small table: header and rows of cell texts, the architecture in column {@code archColumn}. */
    record Table(SearchSpace space, List<String> header, List<List<String>> rows, int archColumn) {
        String csv(char delimiter) {
            StringBuilder sb = new StringBuilder();
            appendRow(sb, header, delimiter);
            for (List<String> row : rows) {
                appendRow(sb, row, delimiter);
            }
            return sb.toString();
        }

        static void appendRow(StringBuilder sb, List<String> row, char delimiter) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                sb.append(csvField(row.get(i), delimiter));
            }
            sb.append('\n');
        }

        /** Rows as objects: {@code [{"arch": .., "val_acc": 91.2, ...}]}, numbers as JSON numbers. */
        ArrayNode jsonArray() {
            ArrayNode a = JSON.createArrayNode();
            for (List<String> row : rows) {
                ObjectNode o = a.addObject();
                for (int i = 0; i < header.size(); i++) {
                    put(o, header.get(i), row.get(i));
                }
            }
            return a;
        }

        /** Whether the architecture is one field (not NB101's adjacency + ops pair), so rows can be keyed by it. */
        boolean keyable() {
            return !header.contains("ops");
        }

        /** Rows keyed by architecture: {@code {"<arch>": {"val_acc": 91.2, ...}}}, now and then nested per dataset. */
        ObjectNode jsonKeyed(boolean nested) {
            ObjectNode root = JSON.createObjectNode();
            for (List<String> row : rows) {
                ObjectNode o = root.putObject(row.get(archColumn));
                ObjectNode target = nested ? o.putObject("cifar10") : o;
                for (int i = 0; i < header.size(); i++) {
                    if (i != archColumn) {
                        put(target, header.get(i), row.get(i));
                    }
                }
            }
            return root;
        }
    }

    static String csvField(String v, char delimiter) {
        if (v.indexOf(delimiter) < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    static void put(ObjectNode o, String key, String value) {
        if (value.isEmpty()) {
            o.putNull(key);
            return;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d) && value.matches("-?\\d+")) {
                o.put(key, Long.parseLong(value));
            } else if (Double.isFinite(d)) {
                o.put(key, d);
            } else {
                o.put(key, value);
            }
        } catch (NumberFormatException e) {
            o.put(key, value);
        }
    }

    static String value(SplittableRandom r) {
        int k = r.nextInt(40);
        if (k == 0) {
            return "";
        } else if (k == 1) {
            return "nan";
        } else if (k == 2) {
            return "-inf";
        } else if (k == 3) {
            return "-100000000.0";
        }
        double v = Math.round(r.nextDouble() * 100_000) / 1000.0;
        return Double.toString(v);
    }

    /** A table of the space with 3 to 25 rows of distinct architectures, in one of the layouts its files use. */
    static Table table(SearchSpace s, SplittableRandom r) {
        int rows = 3 + r.nextInt(23);
        List<String> header = new ArrayList<>();
        List<List<String>> body = new ArrayList<>();
        int layout = r.nextInt(2);
        switch (s) {
            case NB201 -> {
                header.addAll(List.of("arch_str", "val_acc", "test_acc", "params", "synflow"));
                if (layout == 1) {
                    header.addAll(List.of("test_acc_run1", "test_acc_run2", "note"));
                }
            }
            case TRANSNAS_MICRO -> header.addAll(layout == 0 ? List.of("arch", "class_scene_val", "room_layout_val", "params")
                    : List.of("arch", "cell", "segmentsemantic_val", "class_scene_zen"));
            case NB101 -> header.addAll(layout == 0 ? List.of("adjacency_7x7", "ops", "val_acc", "params")
                    : List.of("spec", "val_acc", "test_acc"));
            case DARTS -> header.addAll(layout == 0 ? List.of("genotype", "val_acc", "params")
                    : List.of("naslib_key", "val_accuracy", "synflow"));
            case FREE -> throw new IllegalArgumentException("no tables of free cells");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>();
            String arch;
            Nb101Raw raw = null;
            int tries = 0;
            do {
                switch (s) {
                    case NB201 -> arch = nb201(r);
                    case TRANSNAS_MICRO -> arch = TransNasCode.format(TRANSNAS.get(r.nextInt(TRANSNAS.size())));
                    case NB101 -> {
                        raw = nb101Raw(r);
                        arch = layout == 0 ? raw.adjacencyBits().length() == 49 ? raw.adjacencyBits() : null : raw.json(r);
                    }
                    default -> {
                        Architecture a = darts(r);
                        arch = layout == 0 ? DartsGenotype.format(a) : dartsCompact(a, false);
                    }
                }
                tries++;
            } while ((arch == null || !seen.add(arch)) && tries < 100);
            if (arch == null) {
                arch = nb201(r);
            }
            row.add(arch);
            for (int c = 1; c < header.size(); c++) {
                String h = header.get(c);
                if (h.equals("ops")) {
                    row.add(raw.opsText());
                } else if (h.equals("cell")) {
                    row.add(Nb201ArchString.format(TransNasCode.parse(arch)));
                } else if (h.equals("note")) {
                    row.add(r.nextBoolean() ? "seed " + r.nextInt(1000) : "");
                } else if (h.equals("params")) {
                    row.add(String.valueOf(r.nextInt(2_000_000)));
                } else {
                    row.add(value(r));
                }
            }
            body.add(row);
        }
        return new Table(s, header, body, 0);
    }

    /** The NASLib / NAS-Bench-Suite-Zero zero-cost layout, {@code {dataset: {arch key: {idx, arch, val_accuracy, proxy: {score, time}}}}}. */
    static ObjectNode naslibZc(SplittableRandom r) {
        ObjectNode root = JSON.createObjectNode();
        int datasets = 1 + r.nextInt(2);
        int keys = 3 + r.nextInt(20);
        int kind = r.nextInt(4);
        List<String> archKeys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < keys; i++) {
            String key = switch (kind) {
                case 0, 1 -> dartsCompact(darts(r), true);
                case 2 -> TransNasCode.format(TRANSNAS.get(r.nextInt(TRANSNAS.size())));
                default -> nb201(r);
            };
            if (seen.add(key)) {
                archKeys.add(key);
            }
        }
        String[] names = {"cifar10", "cifar100", "class_scene", "ImageNet16-120"};
        for (int d = 0; d < datasets; d++) {
            ObjectNode ds = root.putObject(names[(d + kind) % names.length]);
            for (int i = 0; i < archKeys.size(); i++) {
                if (d > 0 && r.nextInt(4) == 0) {
                    continue;
                }
                ObjectNode e = ds.putObject(archKeys.get(i));
                e.put("idx", String.valueOf(i));
                e.put("arch", archKeys.get(i));
                e.put("val_accuracy", Math.round(r.nextDouble() * 10_000) / 100.0);
                for (String proxy : List.of("synflow", "jacov", "nwot", "zen")) {
                    ObjectNode p = e.putObject(proxy);
                    p.put("score", r.nextInt(15) == 0 ? -1e8 : r.nextDouble() * 100);
                    p.put("time", r.nextDouble());
                }
            }
        }
        return root;
    }

    /** An NB201 table with arch strings and an {@code arch_index} column, and a table naming cells only by index. */
    record IndexTables(Table index, Table data) {
    }

    static IndexTables indexTables(SplittableRandom r) {
        int n = 3 + r.nextInt(14);
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        if (r.nextBoolean()) {
            KNOWN_INDICES.forEach((i, s) -> {
                if (r.nextBoolean()) {
                    byIndex.put(i, s);
                    used.add(s);
                }
            });
        }
        while (byIndex.size() < n) {
            int i = 1 + r.nextInt(15_624);
            String s = nb201(r);
            if (!KNOWN_INDICES.containsKey(i) && !byIndex.containsKey(i) && used.add(s)) {
                byIndex.put(i, s);
            }
        }
        List<List<String>> indexRows = new ArrayList<>();
        List<List<String>> dataRows = new ArrayList<>();
        for (Map.Entry<Integer, String> e : byIndex.entrySet()) {
            indexRows.add(new ArrayList<>(List.of(e.getValue(), String.valueOf(e.getKey()), value(r))));
            if (r.nextInt(5) != 0) {
                dataRows.add(new ArrayList<>(List.of(String.valueOf(e.getKey()), value(r), value(r))));
            }
        }
        if (dataRows.isEmpty()) {
            dataRows.add(new ArrayList<>(List.of(String.valueOf(byIndex.keySet().iterator().next()), value(r), value(r))));
        }
        if (r.nextInt(3) == 0) {
            dataRows.add(new ArrayList<>(List.of(String.valueOf(r.nextInt(15_625)), value(r), value(r)))); // maybe unlisted
        }
        Table index = new Table(SearchSpace.NB201, List.of("arch_str", "arch_index", "val_acc"), indexRows, 0);
        Table data = new Table(SearchSpace.NB201, List.of(r.nextBoolean() ? "arch_index" : "index", "test_acc", "synflow"), dataRows, 0);
        return new IndexTables(index, data);
    }

    // ---- model and cell files ---------------------------------------------------------------------------------

    static final List<Op> REAL_OPS = List.of(Op.SKIP, Op.CONV_1X1, Op.CONV_3X3, Op.AVG_POOL_3X3, Op.MAX_POOL_3X3,
            Op.SEP_CONV_3X3, Op.SEP_CONV_5X5, Op.DIL_CONV_3X3, Op.DIL_CONV_5X5, Op.conv(5), Op.conv(7));

    static String modelFile(SplittableRandom r) {
        Map<Op, Double> deltas = new LinkedHashMap<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            deltas.put(REAL_OPS.get(r.nextInt(REAL_OPS.size())), Math.round((r.nextDouble() * 8 - 4) * 1e4) / 1e4);
        }
        String name = "m" + r.nextInt(1000) + (r.nextBoolean() ? ".tuned-c" + (1 + r.nextInt(64)) : "");
        return ModelFile.write(new ModelSpec(name, r.nextBoolean(), 1 + r.nextInt(256), deltas));
    }

    static final List<SearchSpace> FILE_SPACES = List.of(SearchSpace.NB201, SearchSpace.TRANSNAS_MICRO, SearchSpace.NB101,
            SearchSpace.DARTS, SearchSpace.FREE);

    static Architecture architecture(SearchSpace s, SplittableRandom r) {
        return switch (s) {
            case NB201 -> Architecture.of(NB201.get(r.nextInt(NB201.size())));
            case TRANSNAS_MICRO -> Architecture.of(TRANSNAS.get(r.nextInt(TRANSNAS.size())));
            case NB101 -> Architecture.of(nb101Raw(r).cell());
            case DARTS -> darts(r);
            case FREE -> Architecture.of(freeCell(r));
        };
    }

    static final List<Op> FREE_OPS = List.of(Op.SKIP, Op.conv(1), Op.conv(3), Op.conv(5), Op.conv(7), Op.AVG_POOL_3X3,
            Op.MAX_POOL_3X3, Op.SEP_CONV_3X3, Op.DIL_CONV_5X5);

    static Cell freeCell(SplittableRandom r) {
        while (true) {
            int n = 2 + r.nextInt(10);
            List<Node> nodes = new ArrayList<>();
            nodes.add(Node.INPUT);
            for (int i = 1; i < n - 1; i++) {
                nodes.add(Node.INTERMEDIATE);
            }
            nodes.add(Node.OUTPUT);
            List<Edge> edges = new ArrayList<>();
            for (int j = 1; j < n; j++) {
                for (int i = 0; i < j; i++) {
                    if (i + 1 == j || r.nextInt(3) == 0) {
                        edges.add(new Edge(i, j, FREE_OPS.get(r.nextInt(FREE_OPS.size()))));
                    }
                }
            }
            try {
                return Cell.of(SearchSpace.FREE, nodes, edges);
            } catch (SedException e) {
                // a rule of free cells: draw again
            }
        }
    }

    static String cellFile(SearchSpace s, SplittableRandom r) {
        Architecture a = architecture(s, r);
        List<Map<Integer, NodePosition>> layouts = new ArrayList<>();
        for (Cell c : a.cells()) {
            Map<Integer, NodePosition> layout = new HashMap<>();
            for (int i = 0; i < c.nodeCount(); i++) {
                if (r.nextInt(4) != 0) {
                    layout.put(i, new NodePosition(Math.round(r.nextDouble() * 8000) / 10.0, Math.round(r.nextDouble() * 6000) / 10.0));
                }
            }
            layouts.add(layout);
        }
        String title = r.nextBoolean() ? "" : "cell " + r.nextInt(100) + (r.nextBoolean() ? " \u2014 \u00e9t\u00e9 \u2192 3\u00d73" : "");
        String notes = r.nextBoolean() ? "" : "notes: line one\nline two \"quoted\" \\ back";
        return CellFile.write(new CellDocument(a, layouts, title, notes));
    }

    static String json(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pretty(Object tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

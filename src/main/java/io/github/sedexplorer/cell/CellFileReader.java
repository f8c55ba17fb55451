package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns cell-file JSON into a {@link CellDocument}; every problem names its JSON path. */
final class CellFileReader {

    private CellFileReader() {
    }

    static CellDocument read(String json) {
        if (json == null) {
            throw new CellFormatException("no text to read", null);
        }
        JsonNode root = StrictJson.read(json);
        if (root == null || root.isMissingNode()) {
            throw new CellFormatException("the file is empty; a cell file is a JSON object", "$");
        }
        if (!root.isObject()) {
            throw new CellFormatException("a cell file is a JSON object, not " + kind(root), "$");
        }
        return document(root);
    }

    private static CellDocument document(JsonNode root) {
        String format = string(root, "format", "$", true);
        if (!CellFile.FORMAT.equals(format)) {
            throw new CellFormatException("not a SED Explorer cell file: format is \"" + Quote.token(format)
                    + "\", expected \"" + CellFile.FORMAT + "\"", "$.format");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new CellFormatException("version must be a whole number from 1, found "
                    + (version == null ? "nothing" : Quote.token(version.toString())), "$.version");
        }
        if (version.intValue() > CellFile.VERSION) {
            throw new CellFormatException("written by a newer SED Explorer (version " + version.intValue()
                    + "); this one reads version " + CellFile.VERSION, "$.version");
        }
        String spaceId = string(root, "space", "$", true);
        SearchSpace space = SearchSpace.byId(spaceId).orElseThrow(() -> new CellFormatException(
                "unknown search space \"" + Quote.token(spaceId) + "\" (one of " + String.join(", ", SearchSpace.ids()) + ")",
                "$.space"));
        String title = string(root, "title", "$", false);
        String notes = string(root, "notes", "$", false);
        List<CellDocument.Step> steps = CellFileSteps.read(root, space);

        JsonNode cellsJson = array(root, "cells", "$");
        int expected = space == SearchSpace.DARTS ? 2 : 1;
        if (cellsJson.size() != expected) {
            throw new CellFormatException("a " + space.displayName() + " file holds " + expected
                    + (expected == 1 ? " cell" : " cells (normal, reduce)") + ", found " + cellsJson.size(), "$.cells");
        }
        List<Cell> cells = new ArrayList<>(expected);
        List<Map<Integer, NodePosition>> layouts = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            String name = space == SearchSpace.DARTS ? Architecture.DARTS_CELL_NAMES.get(i) : "cell";
            Map<Integer, NodePosition> layout = new HashMap<>();
            cells.add(cell(cellsJson.get(i), "$.cells[" + i + "]", space, name, layout));
            layouts.add(layout);
        }
        return new CellDocument(new Architecture(space, cells), layouts, title, notes, steps);
    }

    private static Cell cell(JsonNode json, String path, SearchSpace space, String name,
                             Map<Integer, NodePosition> layout) {
        if (!json.isObject()) {
            throw new CellFormatException("a cell is a JSON object, not " + kind(json), path);
        }
        String actualName = string(json, "name", path, false);
        if (actualName != null && !actualName.equals(name)) {
            throw new CellFormatException("expected the " + name + " cell here, found \"" + Quote.token(actualName) + "\"",
                    path + ".name");
        }
        JsonNode nodesJson = array(json, "nodes", path);
        int n = nodesJson.size();
        Node[] nodes = new Node[n];
        for (int k = 0; k < n; k++) {
            String at = path + ".nodes[" + k + "]";
            JsonNode nj = object(nodesJson.get(k), at);
            int id = integer(nj, "id", at);
            if (id < 0 || id >= n) {
                throw new CellFormatException("node id " + id + " is out of range: the " + n
                        + " nodes are numbered 0.." + (n - 1), at + ".id");
            }
            if (nodes[id] != null) {
                throw new CellFormatException("node id " + id + " appears twice", at + ".id");
            }
            nodes[id] = node(nj, at, space);
            NodePosition p = position(nj, at);
            if (p != null) {
                layout.put(id, p);
            }
        }
        JsonNode edgesJson = array(json, "edges", path);
        List<Edge> edges = new ArrayList<>(edgesJson.size());
        for (int k = 0; k < edgesJson.size(); k++) {
            edges.add(edge(edgesJson.get(k), path + ".edges[" + k + "]", space, n));
        }
        try {
            return Cell.of(space, List.of(nodes), edges);
        } catch (CellRuleException e) {
            throw e.at("at " + path);
        }
    }

    private static Node node(JsonNode json, String path, SearchSpace space) {
        String roleName = string(json, "role", path, true);
        NodeRole role = switch (roleName) {
            case "input" -> NodeRole.INPUT;
            case "intermediate" -> NodeRole.INTERMEDIATE;
            case "output" -> NodeRole.OUTPUT;
            default -> throw new CellFormatException("unknown role \"" + Quote.token(roleName)
                    + "\" (input, intermediate or output)", path + ".role");
        };
        String opName = string(json, "op", path, false);
        boolean carriesOp = space.nodeLabelled() && role == NodeRole.INTERMEDIATE;
        if (!carriesOp) {
            if (opName != null) {
                throw new CellFormatException(space.nodeLabelled()
                        ? "only interior nodes carry an operation, not " + roleName + " nodes"
                        : "operations sit on edges in " + space.displayName() + "; a node's op must be null", path + ".op");
            }
            return new Node(role, Op.SKIP);
        }
        if (opName == null) {
            throw new CellFormatException("an interior " + space.displayName() + " node needs an operation ("
                    + names(space) + ")", path + ".op");
        }
        return Node.interior(op(space, opName, path + ".op"));
    }

    private static Edge edge(JsonNode json, String path, SearchSpace space, int n) {
        object(json, path);
        int from = endpoint(json, "from", path, n);
        int to = endpoint(json, "to", path, n);
        String opName = string(json, "op", path, !space.nodeLabelled());
        if (space.nodeLabelled()) {
            if (opName != null && Op.parse(opName).filter(Op.SKIP::equals).isEmpty()) {
                throw new CellFormatException("edges carry no operation in " + space.displayName()
                        + "; the operation sits on the node", path + ".op");
            }
            return new Edge(from, to, Op.SKIP);
        }
        return new Edge(from, to, op(space, opName, path + ".op"));
    }

    private static int endpoint(JsonNode json, String field, String path, int n) {
        int node = integer(json, field, path);
        if (node < 0 || node >= n) {
            throw new CellFormatException("there is no node " + node + "; the cell has nodes 0.." + (n - 1),
                    path + "." + field);
        }
        return node;
    }

    static Op op(SearchSpace space, String name, String path) {
        return space.op(name).orElseThrow(() -> new CellFormatException("unknown operation \"" + Quote.token(name) + "\" ("
                + space.displayName() + " has " + names(space) + ")", path));
    }

    private static String names(SearchSpace space) {
        List<String> names = new ArrayList<>();
        for (Op op : space.ops()) {
            if (!space.nodeLabelled() || op.isReal()) {
                names.add(space.opName(op));
            }
        }
        return String.join(", ", names);
    }

    private static NodePosition position(JsonNode json, String path) {
        Double x = optionalFinite(json, "x", path);
        Double y = optionalFinite(json, "y", path);
        if ((x == null) != (y == null)) {
            String missing = x == null ? "x" : "y";
            throw new CellFormatException("a position needs both x and y; " + missing + " is missing",
                    path + "." + missing);
        }
        return x == null ? null : new NodePosition(x, y);
    }

    /** A field that may be absent or null, else a finite number: a position's x or y, a lesson check's bound. */
    static Double optionalFinite(JsonNode json, String field, String path) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new CellFormatException(field + " must be a finite number, found " + kind(v), path + "." + field);
        }
        return v.doubleValue();
    }

    static String string(JsonNode json, String field, String path, boolean required) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new CellFormatException("missing \"" + field + "\"", path + "." + field);
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new CellFormatException(field + " must be a string, found " + kind(v), path + "." + field);
        }
        return v.textValue();
    }

    static int integer(JsonNode json, String field, String path) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            throw new CellFormatException("missing \"" + field + "\"", path + "." + field);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new CellFormatException(field + " must be a node number, found " + kind(v), path + "." + field);
        }
        return v.intValue();
    }

    static JsonNode array(JsonNode json, String field, String path) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            throw new CellFormatException("missing \"" + field + "\"", path + "." + field);
        }
        if (!v.isArray()) {
            throw new CellFormatException(field + " must be an array, found " + kind(v), path + "." + field);
        }
        return v;
    }

    static JsonNode object(JsonNode json, String path) {
        if (!json.isObject()) {
            throw new CellFormatException("expected a JSON object, found " + kind(json), path);
        }
        return json;
    }

    /** How a value reads in a message: its type, and the value itself when it is short. */
    static String kind(JsonNode v) {
        String type = switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
        String text = v.toString();
        return v.isValueNode() && !v.isNull() && text.length() <= 40 ? type + " " + Quote.token(text) : type;
    }
}

package io.github.sedexplorer.cell;

import static io.github.sedexplorer.cell.CellFileReader.array;
import static io.github.sedexplorer.cell.CellFileReader.integer;
import static io.github.sedexplorer.cell.CellFileReader.kind;
import static io.github.sedexplorer.cell.CellFileReader.object;
import static io.github.sedexplorer.cell.CellFileReader.op;
import static io.github.sedexplorer.cell.CellFileReader.string;

import io.github.sedexplorer.cell.CellDocument.Check;
import io.github.sedexplorer.cell.CellDocument.EdgeOp;
import io.github.sedexplorer.cell.CellDocument.Look;
import io.github.sedexplorer.cell.CellDocument.NodeCount;
import io.github.sedexplorer.cell.CellDocument.ScoreBetween;
import io.github.sedexplorer.cell.CellDocument.Step;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A lesson's steps in a cell file: {@code "steps": [ { "text": ..., "check": KIND, ... } ]} where the check is
 * {@code "check": "edge", "from": 0, "to": 1, "op": "nor_conv_3x3"} (the edge carries that op; "none" also when
 * there is no edge), {@code "check": "nodes", "count": 6} (the cell's node count) or
 * {@code "check": "score", "above": a, "below": b} (either bound or both), or {@code "check": "look"} (a step that
 * asks the reader to look, e.g. at the Microscope tab: done on arrival). {@code "cell": 1} names the DARTS
 * reduce cell (0, the first cell, when absent). Flat, so the file's printer puts one key on a line.
 */
final class CellFileSteps {

    private CellFileSteps() {
    }

    static List<Step> read(JsonNode root, SearchSpace space) {
        if (root.get("steps") == null || root.get("steps").isNull()) {
            return List.of();
        }
        JsonNode json = array(root, "steps", "$");
        List<Step> steps = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            String at = "$.steps[" + i + "]";
            JsonNode step = object(json.get(i), at);
            steps.add(new Step(string(step, "text", at, true), check(step, at, space)));
        }
        return steps;
    }

    private static Check check(JsonNode step, String at, SearchSpace space) {
        int cell = step.has("cell") ? integer(step, "cell", at) : 0;
        int expected = space == SearchSpace.DARTS ? 2 : 1;
        if (cell < 0 || cell >= expected) {
            throw new CellFormatException("there is no cell " + cell + "; the file holds cells 0.." + (expected - 1), at + ".cell");
        }
        String kind = string(step, "check", at, true);
        switch (kind) {
            case "edge" -> {
                if (space.nodeLabelled()) {
                    throw new CellFormatException("edges carry no operation in " + space.displayName(), at + ".check");
                }
                return new EdgeOp(cell, node(step, "from", at), node(step, "to", at),
                        op(space, string(step, "op", at, true), at + ".op"));
            }
            case "nodes" -> {
                return new NodeCount(cell, node(step, "count", at));
            }
            case "score" -> {
                Double above = CellFileReader.optionalFinite(step, "above", at);
                Double below = CellFileReader.optionalFinite(step, "below", at);
                if (above == null && below == null) {
                    throw new CellFormatException("a score check needs \"above\" or \"below\"", at);
                }
                return new ScoreBetween(above, below);
            }
            case "look" -> {
                return new Look();
            }
            default -> throw new CellFormatException("unknown check \"" + Quote.token(kind) + "\" (edge, nodes, score or look)",
                    at + ".check");
        }
    }

    private static int node(JsonNode json, String field, String path) {
        int n = integer(json, field, path);
        if (n < 0) {
            throw new CellFormatException(field + " must not be negative, found " + n, path + "." + field);
        }
        return n;
    }

    static void write(ArrayNode out, List<Step> steps, SearchSpace space) {
        for (Step s : steps) {
            ObjectNode step = out.addObject();
            step.put("text", s.text());
            Check check = s.check();
            int cell = check instanceof EdgeOp e ? e.cell() : check instanceof NodeCount n ? n.cell() : 0;
            if (cell != 0) {
                step.put("cell", cell);
            }
            if (check instanceof EdgeOp e) {
                step.put("check", "edge");
                step.put("from", e.from());
                step.put("to", e.to());
                step.put("op", space.opName(e.op()));
            } else if (check instanceof NodeCount n) {
                step.put("check", "nodes");
                step.put("count", n.nodes());
            } else if (check instanceof Look) {
                step.put("check", "look");
            } else if (check instanceof ScoreBetween b) {
                step.put("check", "score");
                if (b.above() != null) {
                    step.put("above", b.above());
                }
                if (b.below() != null) {
                    step.put("below", b.below());
                }
            }
        }
    }
}

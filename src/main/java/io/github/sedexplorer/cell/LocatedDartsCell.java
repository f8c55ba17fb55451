package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One DARTS cell as read from text, with the column of every pair's source and every concat entry,
 * so that a rule {@link Cell#of} reports can be pinned to the text that broke it.
 */
final class LocatedDartsCell {

    final String name;
    final int listColumn;
    final List<DartsGenotype.Pair> pairs = new ArrayList<>(DartsGenotype.PAIRS);
    final List<Integer> srcColumns = new ArrayList<>(DartsGenotype.PAIRS);
    final List<Integer> concat = new ArrayList<>();
    final List<Integer> concatColumns = new ArrayList<>();
    int concatColumn;

    LocatedDartsCell(String name, int listColumn) {
        this.name = name;
        this.listColumn = listColumn;
    }

    void add(DartsGenotype.Pair pair, int srcColumn) {
        pairs.add(pair);
        srcColumns.add(srcColumn);
    }

    /** Builds the cell; a broken rule keeps Cell.of's text and gains the cell name and column. */
    Cell build() {
        try {
            return DartsGenotype.cell(pairs, concat);
        } catch (CellRuleException e) {
            int column = culprit();
            for (int i = 0; i < concat.size(); i++) {
                int node = concat.get(i);
                if (node >= DartsGenotype.OUTPUT && concatColumns.get(i) == column && firstPairProblem() < 0) {
                    // Cell.of would call range(2, 7) a self-loop 6->6, and node 7 a missing node: say what the concat may hold
                    CellRuleException concatRule = new CellRuleException(SearchSpace.DARTS, "concat output",
                            "the output concatenates intermediate nodes 2.." + (DartsGenotype.OUTPUT - 1) + ", not node " + node
                                    + (node == DartsGenotype.OUTPUT ? " (the output itself)" : ""));
                    concatRule.initCause(e);
                    throw concatRule.at(name + " cell, at column " + column);
                }
            }
            throw e.at(name + " cell, at column " + column);
        }
    }

    /** The index of the first pair Cell.of checks on its own and refuses, or -1. */
    private int firstPairProblem() {
        int out = DartsGenotype.OUTPUT;
        for (int i = 0; i < pairs.size(); i++) {
            int src = pairs.get(i).src();
            if (src < 0 || src >= out || src == 2 + i / 2) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The column of the entry behind the first rule Cell.of reports: it checks each edge on its own
     * first (pairs, then concat), then cycles and backward inputs, then the concat's sources.
     */
    private int culprit() {
        int out = DartsGenotype.OUTPUT;
        int pair = firstPairProblem();
        if (pair >= 0) {
            return srcColumns.get(pair);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < concat.size(); i++) {
            if (concat.get(i) < 0 || concat.get(i) >= out || !seen.add(concat.get(i))) {
                return concatColumns.get(i);
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).src() >= 2 + i / 2) {
                return srcColumns.get(i);
            }
        }
        for (int i = 0; i < concat.size(); i++) {
            if (concat.get(i) < 2) {
                return concatColumns.get(i);
            }
        }
        return concat.isEmpty() ? concatColumn : listColumn;
    }
}

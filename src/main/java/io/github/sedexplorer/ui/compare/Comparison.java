package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the Compare tab shows, computed once per change of its cells or model and never changed: either a message
 * (fewer than two cells, or cells of different spaces) or one panel per cell, the first the reference, each scored
 * with the one model at its C and taken apart against the reference (the differing edges and NB101 nodes).
 */
public final class Comparison {

    static final String CHOOSE = "Choose two or more cells to compare.";

    /**
     * One panel: the document scored, the from→to pairs whose operation differs from the reference's (none for the
     * reference itself) and, per cell, the NB101 nodes that differ (empty lists elsewhere).
     */
    record Panel(Scored scored, List<CellDiff.EdgeChange> edges, List<List<Integer>> nodes) {
    }

    private final String message;
    private final SedModel model;
    private final List<Panel> panels;

    private Comparison(String message, SedModel model, List<Panel> panels) {
        this.message = message;
        this.model = model;
        this.panels = List.copyOf(panels);
    }

    static Comparison message(String text) {
        return new Comparison(text, null, List.of());
    }

    /** The documents compared, the reference first, all scored with {@code model} at its C. */
    static Comparison of(List<CellDocument> docs, SedModel model) {
        if (docs.size() < 2) {
            return message(CHOOSE);
        }
        Set<SearchSpace> spaces = docs.stream().map(d -> d.architecture().space()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (spaces.size() > 1) {
            return message("These cells come from different search spaces ("
                    + spaces.stream().map(SearchSpace::displayName).collect(Collectors.joining(", "))
                    + "): only cells of one space can be compared edge by edge.");
        }
        Architecture reference = docs.get(0).architecture();
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Architecture arch = docs.get(i).architecture();
            List<List<Integer>> nodes = new ArrayList<>();
            for (int k = 0; k < arch.cells().size(); k++) {
                Cell cell = arch.cells().get(k);
                nodes.add(i > 0 && cell.space().nodeLabelled() ? List.copyOf(CellDiff.nodes(reference.cells().get(k), cell)) : List.of());
            }
            panels.add(new Panel(Scored.of(docs.get(i), model),
                    i == 0 ? List.of() : List.copyOf(CellDiff.edges(reference, arch)), List.copyOf(nodes)));
        }
        return new Comparison(null, model, panels);
    }

    /** Why nothing is compared, or null when the panels are shown. */
    public String message() {
        return message;
    }

    public boolean compared() {
        return message == null;
    }

    /** The model every panel is scored with (null with a message). */
    public SedModel model() {
        return model;
    }

    /** The C of every panel's score and weights: the model's. */
    public int channels() {
        return model == null ? 0 : model.opEntropy().channels();
    }

    /** The one space of the cells compared (null with a message). */
    public SearchSpace space() {
        return panels.isEmpty() ? null : panels.get(0).scored().doc().architecture().space();
    }

    /** How many panels, the reference included. */
    public int size() {
        return panels.size();
    }

    /** Panel i's document (0: the reference). */
    public CellDocument document(int i) {
        return panels.get(i).scored().doc();
    }

    public List<CellDocument> documents() {
        return panels.stream().map(p -> p.scored().doc()).toList();
    }

    /** Panel i's score under the model. */
    public double score(int i) {
        return panels.get(i).scored().score();
    }

    /** Panel i's convolution weights at the model's C. */
    public long params(int i) {
        return panels.get(i).scored().params();
    }

    /**
     * The from→to pairs of the first (for DARTS: normal) cell of panel i whose operation differs from the
     * reference's; an edge absent in one and present in the other counts.
     */
    public List<int[]> differingEdges(int i) {
        return differingEdges(i, 0);
    }

    /** As {@link #differingEdges(int)} for cell {@code cell} of the architecture (DARTS: 1 = reduce). */
    public List<int[]> differingEdges(int i, int cell) {
        List<int[]> out = new ArrayList<>();
        for (CellDiff.EdgeChange c : panels.get(i).edges()) {
            if (c.cell() == cell) {
                out.add(new int[] {c.from(), c.to()});
            }
        }
        return out;
    }

    List<Panel> panels() {
        return panels;
    }
}

package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.Architecture;

import java.util.List;

/**
 * What {@link Microscope#measure} found: per node of every cell, in cell order then node order.
 *
 * @param modelChannels the C the caller's model scores at (for display only: the predictions use settings.channels)
 */
public record Measurement(Architecture architecture, MicroscopeSettings settings, double modelChannels, List<NodeMeasure> nodes) {

    public Measurement {
        nodes = List.copyOf(nodes);
    }

    /** The measure of node {@code node} of cell {@code cell}. */
    public NodeMeasure node(int cell, int node) {
        for (NodeMeasure m : nodes) {
            if (m.cell() == cell && m.node() == node) {
                return m;
            }
        }
        throw new IllegalArgumentException("no node " + node + " in cell " + cell);
    }
}

package io.github.sedexplorer.microscope;

/**
 * One node, measured beside sed-flow's prediction (at C = the map's channel count, see {@link MicroscopeSettings}).
 *
 * @param cell                  the cell's index in the architecture (DARTS: 0 normal, 1 reduce)
 * @param node                  the node's index in the cell
 * @param name                  its name ({@link io.github.sedexplorer.cell.NodeNames})
 * @param halfLogVar            measured ½·ln v, v the variance of the node's map (−∞: no signal)
 * @param predictedHalfLogVar   sed-flow's ½·ln v(node) at C = settings.channels
 * @param localEntropy          measured ½·ln det(2πe·Σ) of s×s windows ({@link LocalEntropy#of})
 * @param predictedLocalEntropy s²·½·ln(2πe·v) with the predicted v
 * @param correlationGap        per seed, the measured local entropy less s²·½·ln(2πe·v) at that seed's measured v: what
 *                              the neighbours' correlation takes (½·ln det of the windows' correlation matrix, ≤ 0; NaN:
 *                              no signal)
 * @param rho1                  measured neighbour correlation ρ(1) (NaN: no signal)
 * @param sample                the node's map for seed 0
 * @param heat                  per position the local entropy with Σ over channels and all K seeds ({@link LocalEntropy#heat}), [y][x]
 */
public record NodeMeasure(int cell, int node, String name, Stat halfLogVar, double predictedHalfLogVar,
                          Stat localEntropy, double predictedLocalEntropy, Stat correlationGap, Stat rho1, FeatureMap sample, double[][] heat) {
}

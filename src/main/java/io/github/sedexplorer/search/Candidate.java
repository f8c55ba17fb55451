package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;

/**
 * One architecture a search returns: its SED score ({@link Double#NEGATIVE_INFINITY} when
 * disconnected) and its convolution weights at the model's channel count.
 */
public record Candidate(Architecture architecture, double score, long params) {
}

package io.github.sedexplorer.search;

/** The best architecture of an isomorphism class, and how many other architectures of the class the search saw. */
public record Folded(Candidate candidate, int isomorphs) {
}

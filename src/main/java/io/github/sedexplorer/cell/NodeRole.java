package io.github.sedexplorer.cell;

public enum NodeRole {
    INPUT, INTERMEDIATE, OUTPUT
}

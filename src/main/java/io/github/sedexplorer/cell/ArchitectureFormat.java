package io.github.sedexplorer.cell;

/** A one-line text encoding of architectures of one space (arch string, spec JSON, genotype ...). */
public interface ArchitectureFormat {

    /** Short name for messages and help, e.g. "NB201 arch string". */
    String name();

    /** @throws SedException naming what is wrong and where */
    Architecture parse(String text);

    String format(Architecture architecture);
}

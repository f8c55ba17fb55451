package io.github.sedexplorer.cell;

import java.util.function.Function;

/** A one-line text encoding of architectures of one space (arch string, spec JSON, genotype ...). */
public interface ArchitectureFormat {

    /** Short name for messages and help, e.g. "NB201 arch string". */
    String name();

    /** @throws SedException naming what is wrong and where */
    Architecture parse(String text);

    String format(Architecture architecture);

    /** A format made of its name and its two directions. */
    static ArchitectureFormat of(String name, Function<String, Architecture> parse,
                                 Function<Architecture, String> format) {
        return new ArchitectureFormat() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Architecture parse(String text) {
                return parse.apply(text);
            }

            @Override
            public String format(Architecture architecture) {
                return format.apply(architecture);
            }
        };
    }

    /** A format of single-cell architectures, from the cell's own codec. */
    static ArchitectureFormat ofCell(String name, Function<String, Cell> parse,
                                     Function<Cell, String> format) {
        return of(name, t -> Architecture.of(parse.apply(t)), a -> format.apply(a.cell()));
    }
}

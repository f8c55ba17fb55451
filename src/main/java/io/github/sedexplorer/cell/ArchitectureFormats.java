package io.github.sedexplorer.cell;

/** The one-line format each space's benchmark uses, as read by {@code score} and written by {@code enumerate}. */
public final class ArchitectureFormats {

    private ArchitectureFormats() {
    }

    public static ArchitectureFormat forSpace(SearchSpace space) {
        return switch (space) {
            case NB201 -> simple("NB201 arch string", t -> Nb201ArchString.parse(t, SearchSpace.NB201),
                    Nb201ArchString::format);
            case TRANSNAS_MICRO -> simple("TransNAS micro arch string or code",
                    t -> TransNasCode.looksLikeCode(t) ? TransNasCode.parse(t)
                            : Nb201ArchString.parse(t, SearchSpace.TRANSNAS_MICRO),
                    Nb201ArchString::format);
            case NB101 -> simple("NB101 spec JSON", Nb101Spec::parse, Nb101Spec::format);
            case DARTS -> new ArchitectureFormat() {
                @Override
                public String name() {
                    return "DARTS genotype";
                }

                @Override
                public Architecture parse(String text) {
                    return DartsGenotype.parse(text);
                }

                @Override
                public String format(Architecture architecture) {
                    return DartsGenotype.format(architecture);
                }
            };
            case FREE -> throw new SedException("free cells have no one-line format; save them as JSON cell files");
        };
    }

    private static ArchitectureFormat simple(String name, java.util.function.Function<String, Cell> parse,
                                             java.util.function.Function<Cell, String> format) {
        return new ArchitectureFormat() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Architecture parse(String text) {
                return Architecture.of(parse.apply(text));
            }

            @Override
            public String format(Architecture architecture) {
                return format.apply(architecture.cell());
            }
        };
    }
}

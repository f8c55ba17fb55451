package io.github.sedexplorer.cell;

/** The one-line format each space's benchmark uses, as read by {@code score} and written by {@code enumerate}. */
public final class ArchitectureFormats {

    private ArchitectureFormats() {
    }

    public static ArchitectureFormat forSpace(SearchSpace space) {
        return switch (space) {
            // NASLib's op-index tuple (NAS-Bench-Suite-Zero keys) reads too; the canonical text stays the arch string
            case NB201 -> ArchitectureFormat.ofCell("NB201 arch string",
                    t -> NaslibTuple.looksLikeTuple(t) ? NaslibTuple.parse(t) : Nb201ArchString.parse(t, SearchSpace.NB201),
                    Nb201ArchString::format);
            case TRANSNAS_MICRO -> ArchitectureFormat.ofCell("TransNAS micro arch string or code",
                    t -> TransNasCode.looksLikeCode(t) ? TransNasCode.parse(t)
                            : Nb201ArchString.parse(t, SearchSpace.TRANSNAS_MICRO),
                    Nb201ArchString::format);
            case NB101 -> ArchitectureFormat.ofCell("NB101 spec JSON", Nb101Spec::parse, Nb101Spec::format);
            case DARTS -> ArchitectureFormat.of("DARTS genotype", DartsGenotype::parse, DartsGenotype::format);
            case FREE -> throw new SedException("free cells have no one-line format; save them as JSON cell files");
        };
    }
}

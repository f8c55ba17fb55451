package io.github.sedexplorer.cell;

import java.util.List;

/**
 * The texts the field's tools write a cell as: the benchmark's own format first, then the others of its space
 * (NASLib's op-index tuple for NB201, the TransNAS code, the DARTS genotype in AutoDL-Projects' dialect). The
 * editor's Encodings pane shows them and Edit → Copy as copies each; every one reads back as the same cell.
 */
public final class Encodings {

    /** One way of writing the cell: its name (as menus and the pane show it) and its text. */
    public record Encoding(String name, String text) {
    }

    private Encodings() {
    }

    /** Empty for a free cell: it has no one-line format (it is saved as a JSON cell file). */
    public static List<Encoding> of(Architecture a) {
        if (a.space() == SearchSpace.FREE) {
            return List.of();
        }
        String own = ArchitectureFormats.forSpace(a.space()).format(a);
        return switch (a.space()) {
            case NB201 -> List.of(new Encoding("NB201 arch string", own), new Encoding("NASLib tuple", NaslibTuple.format(a.cell())));
            case TRANSNAS_MICRO -> List.of(new Encoding("TransNAS arch string", own),
                    new Encoding("TransNAS code", TransNasCode.format(a.cell())));
            case NB101 -> List.of(new Encoding("NB101 spec JSON", own));
            case DARTS -> List.of(new Encoding("DARTS genotype", own),
                    new Encoding("AutoDL-Projects genotype", DartsGenotype.formatAutoDl(a)));
            case FREE -> List.of();
        };
    }
}

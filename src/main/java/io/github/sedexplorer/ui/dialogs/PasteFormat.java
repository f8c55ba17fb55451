package io.github.sedexplorer.ui.dialogs;

import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the import dialog says about one space's one-line format: its menu label, a noun for
 * messages, the shape of the text and a complete example (shown as the text area's prompt).
 */
record PasteFormat(SearchSpace space, String label, String noun, String shape, String example) {

    static final List<PasteFormat> ALL = List.of(
            new PasteFormat(SearchSpace.NB201, "NAS-Bench-201 — arch string", "an NB201 arch string",
                    "|op~0|+|op~0|op~1|+|op~0|op~1|op~2|",
                    "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"),
            new PasteFormat(SearchSpace.TRANSNAS_MICRO, "TransNAS-Bench-101 micro — arch string or code",
                    "a TransNAS micro cell",
                    "|op~0|+|op~0|op~1|+|op~0|op~1|op~2|   or   64-41414-A_BC_DEF (digits 0–3 in op order)",
                    "64-41414-3_33_013"),
            new PasteFormat(SearchSpace.NB101, "NAS-Bench-101 — spec JSON", "an NB101 spec",
                    "{\"matrix\": [[0,1,…], …], \"ops\": [\"input\", …, \"output\"]}   (N×N upper-triangular, N ≤ 7)",
                    "{\"matrix\": [[0,1,1,1,0,1,0],[0,0,0,0,0,0,1],[0,0,0,0,0,0,1],[0,0,0,0,1,0,0],"
                            + "[0,0,0,0,0,0,1],[0,0,0,0,0,0,1],[0,0,0,0,0,0,0]],\n \"ops\": [\"input\", "
                            + "\"conv1x1-bn-relu\", \"conv3x3-bn-relu\", \"conv3x3-bn-relu\", \"conv3x3-bn-relu\", "
                            + "\"maxpool3x3\", \"output\"]}"),
            new PasteFormat(SearchSpace.DARTS, "DARTS / NAS-Bench-301 — genotype", "a DARTS genotype",
                    "Genotype(normal=[('op', src) ×8], normal_concat=range(2, 6), reduce=[…], reduce_concat=range(2, 6))",
                    "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
                            + "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), "
                            + "('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), "
                            + "('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), "
                            + "('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))"));

    /** The entry for a space, or NB201's when the space has no one-line format (free cells). */
    static PasteFormat of(SearchSpace space) {
        return ALL.stream().filter(f -> f.space == space).findFirst().orElse(ALL.get(0));
    }

    ArchitectureFormat format() {
        return ArchitectureFormats.forSpace(space);
    }

    /** Two lines under the space menu: the shape of the text, then the op names as the benchmark spells them. */
    String hint() {
        return shape + "\nops: " + space.ops().stream().map(space::opName).collect(Collectors.joining(", "));
    }
}

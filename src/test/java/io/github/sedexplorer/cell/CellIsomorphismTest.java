package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CellIsomorphismTest {

    @Test
    void nb201ConnectedCellsFallInto8764Classes() {
        Set<String> classes = new HashSet<>();
        int connected = 0;
        for (Cell c : SpaceEnumerator.cells(SearchSpace.NB201)) {
            String k = CellIsomorphism.key(c);
            if (!k.equals("disconnected")) {
                classes.add(k);
                connected++;
            }
        }
        assertEquals(15625 - 341, connected);
        assertEquals(8764, classes.size(), "data-formats.md / issue 8: 8,764 classes among NB201's connected cells");
    }

    @Test
    void swappingTheTwoParallelBranchesIsTheSameArchitecture() {
        // 0→1→3 conv3 then skip, 0→2→3 pool then conv1; swapping which node holds which branch
        Cell a = Nb201ArchString.parse("|nor_conv_3x3~0|+|avg_pool_3x3~0|none~1|+|none~0|skip_connect~1|nor_conv_1x1~2|");
        Cell b = Nb201ArchString.parse("|avg_pool_3x3~0|+|nor_conv_3x3~0|none~1|+|none~0|nor_conv_1x1~1|skip_connect~2|");
        assertEquals(CellIsomorphism.key(a), CellIsomorphism.key(b));
        Cell dead = Nb201ArchString.parse("|nor_conv_3x3~0|+|avg_pool_3x3~0|nor_conv_1x1~1|+|none~0|skip_connect~1|nor_conv_1x1~2|");
        assertNotEquals(CellIsomorphism.key(a), CellIsomorphism.key(dead), "1→2 is live here, so it is another cell");
        Cell deadEdge = Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|none~2|");
        Cell without = Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|skip_connect~0|nor_conv_3x3~1|none~2|");
        assertEquals(CellIsomorphism.key(without), CellIsomorphism.key(deadEdge), "a dead edge does not change the architecture");
    }
}

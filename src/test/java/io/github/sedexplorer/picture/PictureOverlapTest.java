package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.CellRuleException;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.layout.RandomCells;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every label present and no two texts overlapping, on real and random cells: the published DARTS
 * genotypes, one cell of every NAS-Bench-201 isomorphism class, random NAS-Bench-101 specs and
 * random free cells of up to 50 nodes, in both the editor's and Compare's style.
 */
class PictureOverlapTest {

    private static final List<String> NB101_OPS = List.of("conv3x3-bn-relu", "conv1x1-bn-relu", "maxpool3x3");

    @Test
    void publishedDartsGenotypes() {
        PictureChecks.Tally tally = new PictureChecks.Tally();
        for (PublishedGenotypes.Named g : PublishedGenotypes.all()) {
            for (Cell cell : g.architecture().cells()) {
                checkBothStyles(cell, tally);
            }
        }
        System.out.println("published DARTS genotypes: " + tally);
    }

    @Test
    void everyNb201IsomorphismClass() {
        PictureChecks.Tally tally = new PictureChecks.Tally();
        Set<String> seen = new HashSet<>();
        for (Cell cell : SpaceEnumerator.cells(SearchSpace.NB201)) {
            if (seen.add(CellIsomorphism.key(cell))) {
                PictureChecks.check(CellGeometry.of(cell, AutoLayout.positions(cell), PictureStyle.EDITOR), tally);
            }
        }
        System.out.println("NB201 isomorphism classes (" + seen.size() + "): " + tally);
    }

    @Test
    void randomNb101Specs() {
        PictureChecks.Tally tally = new PictureChecks.Tally();
        Random r = new Random(101);
        int kept = 0;
        while (kept < 400) {
            int n = 3 + r.nextInt(5);
            int[][] m = new int[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    m[i][j] = r.nextInt(3) == 0 ? 1 : 0;
                }
            }
            List<String> ops = new ArrayList<>();
            ops.add(Nb101Spec.INPUT);
            for (int i = 1; i < n - 1; i++) {
                ops.add(NB101_OPS.get(r.nextInt(NB101_OPS.size())));
            }
            ops.add(Nb101Spec.OUTPUT);
            Cell cell;
            try {
                cell = Nb101Spec.fromMatrix(m, ops);
            } catch (CellRuleException e) {
                continue; // input cannot reach output, or too many edges: not a spec
            }
            kept++;
            checkBothStyles(cell, tally);
        }
        System.out.println("random NB101 specs: " + tally);
    }

    @Test
    void randomFreeCellsUpToFiftyNodes() {
        PictureChecks.Tally tally = new PictureChecks.Tally();
        Random r = new Random(50);
        for (int k = 0; k < 80; k++) {
            int n = 2 + r.nextInt(49);
            checkBothStyles(RandomCells.dag(r, n, r.nextInt(Math.min(3 * n, 120) + 1)), tally);
        }
        System.out.println("random free cells: " + tally);
    }

    private static void checkBothStyles(Cell cell, PictureChecks.Tally tally) {
        PictureChecks.check(CellGeometry.of(cell, AutoLayout.positions(cell), PictureStyle.EDITOR), tally);
        PictureChecks.check(CellGeometry.of(cell, AutoLayout.positions(cell), PictureStyle.COMPARE), tally);
    }

}

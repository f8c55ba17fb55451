package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.HashSet;
import java.util.List;

import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaceEnumeratorTest {

    @ParameterizedTest
    @CsvSource({"nb201, 15625, 341", "transnas, 4096, 169"})
    void enumeratesEveryCellOnceAndCountsDisconnected(String id, int size, int disconnected) {
        SearchSpace space = SearchSpace.byId(id).orElseThrow();
        List<Cell> cells = SpaceEnumerator.cells(space);
        assertEquals(size, cells.size());
        assertEquals(size, new HashSet<>(cells).size());
        assertEquals(size, new HashSet<>(cells.stream().map(Nb201ArchString::format).toList()).size());
        SedModel path = SedModels.create("sed-path", space.defaultChannels());
        int byScore = 0;
        int byGraph = 0;
        for (Cell c : cells) {
            if (!SedModel.connected(path.score(c))) {
                byScore++;
            }
            if (DijkstraShortestPath.findPathBetween(CellGraphs.liveGraph(c), 0, 3) == null) {
                byGraph++;
            }
        }
        assertEquals(byGraph, byScore, "disconnected by score and by JGraphT reachability");
        assertEquals(disconnected, byScore);
    }

    @ParameterizedTest
    @CsvSource({"nb101", "darts", "free"})
    void otherSpacesAreNotEnumerable(String id) {
        assertThrows(IllegalArgumentException.class, () -> SpaceEnumerator.cells(SearchSpace.byId(id).orElseThrow()));
    }
}

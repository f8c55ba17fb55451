package io.github.sedexplorer.lab;

import static io.github.sedexplorer.bench.TargetRanksProperties.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.TableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProxyLab#figures}: any proxy's scores against a table's targets, by CorrelationStats' rules (small tables). */
class ProxyLabFiguresTest {

    private static final String CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    private static final String POOL = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";
    private static final String SKIP = "|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|";
    private static final String NONE = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String MIXED = "|nor_conv_1x1~0|+|skip_connect~0|avg_pool_3x3~1|+|nor_conv_3x3~0|none~1|skip_connect~2|";
    private static final String CONV1 = "|nor_conv_1x1~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|nor_conv_1x1~0|nor_conv_1x1~1|nor_conv_1x1~2|";

    @TempDir
    Path dir;

    private BenchmarkTable table(String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return TableReader.read(file);
    }

    @Test
    void figuresAreCorrelationStatsOfTheScoresOnEachTargetWithTheSameRowsSkipped() throws IOException {
        // rows from 0: cifar100_acc lacks a value on row 2; the scores have a −∞ there, a NaN on row 5, a tie on rows 1 and 4
        BenchmarkTable t = table("a.csv", """
                arch,cifar10_acc,cifar100_acc,params
                %s,94.4,71.2,1.5
                %s,80.0,50.5,0.4
                %s,85.9,,0.7
                %s,90.1,65.0,0.9
                %s,88.5,66.1,1.1
                %s,70.0,40.0,0.2
                """.formatted(CONV, SKIP, POOL, NONE, MIXED, CONV1));
        BenchmarkTable other = table("b.csv", """
                arch,cifar10_acc
                %s,90
                %s,80
                """.formatted(CONV, POOL));
        ProxyLab lab = new ProxyLab(List.of(other, t));
        double[] scores = {3.0, 1.0, Double.NEGATIVE_INFINITY, 2.5, 1.0, Double.NaN};
        List<ProxyLab.Figure> figures = lab.figures(t, scores);
        assertEquals(List.of("cifar10_acc", "cifar100_acc"), figures.stream().map(f -> f.target().column()).toList());
        assertEquals(lab.targets().subList(1, 3), figures.stream().map(ProxyLab.Figure::target).toList());
        for (ProxyLab.Figure f : figures) {
            Correlation c = CorrelationStats.of(scores, t.metric(f.target().column()), 10);
            assertEquals(c.n(), f.n(), f.target().label());
            assertEquals(c.skipped(), f.skipped(), f.target().label());
            assertEquals(c.kendall(), f.kendall(), f.target().label());
            assertClose(c.spearman(), f.spearman());
        }
        assertEquals(4, figures.get(1).n(), "the missing target and the NaN score are skipped");
    }

    @Test
    void aTableTheLabDoesNotHoldOrScoresOfAnotherLengthAreRefused() throws IOException {
        BenchmarkTable t = table("a.csv", "arch,cifar10_acc\n%s,90\n%s,80\n".formatted(CONV, POOL));
        BenchmarkTable noTargets = table("b.csv", "arch,params\n%s,1\n".formatted(CONV));
        ProxyLab lab = new ProxyLab(List.of(t, noTargets));
        assertEquals(List.of(t), lab.tables(), "a table without targets is left out");
        assertThrows(IllegalArgumentException.class, () -> lab.figures(noTargets, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> lab.figures(t, new double[] {1, 2, 3}));
    }
}

package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.Metrics.Metric;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Column labels as SOURCES.md and data-formats.md define them. */
class MetricsTest {

    @Test
    void everyTransNasTaskHasItsMetric() {
        assertEquals(new Metric("class_scene_val", "class_scene", "validation top-1 accuracy %", true), Metrics.describe("class_scene_val"));
        assertEquals(new Metric("class_object_val", "class_object", "validation top-1 accuracy %", true), Metrics.describe("class_object_val"));
        assertEquals(new Metric("jigsaw_val", "jigsaw", "validation top-1 accuracy %", true), Metrics.describe("jigsaw_val"));
        assertEquals(new Metric("segmentsemantic_val", "segmentsemantic", "validation pixel accuracy % (not mIoU)", true),
                Metrics.describe("segmentsemantic_val"));
        assertEquals(new Metric("normal_val", "normal", "validation SSIM", true), Metrics.describe("normal_val"));
        assertEquals(new Metric("autoencoder_val", "autoencoder", "validation SSIM", true), Metrics.describe("autoencoder_val"));
        assertEquals("class_scene validation top-1 accuracy %", Metrics.describe("class_scene_val").label());
        assertEquals("segmentsemantic validation pixel accuracy % (not mIoU)", Metrics.describe("segmentsemantic_val").label());
    }

    @Test
    void roomLayoutIsANegativeLossWhereHigherIsBetter() {
        Metric m = Metrics.describe("room_layout_val");
        assertEquals("room_layout", m.task());
        assertTrue(m.higherIsBetter(), "the values are −L2 loss (−1.09 .. −0.60): higher is better");
        assertTrue(m.quantity().startsWith("validation negative L2 loss"), m.quantity());
        assertTrue(m.label().contains("higher is better"), m.label());
    }

    @Test
    void zenColumnsAreAProxyNotATarget() {
        for (String task : List.of("class_scene", "class_object", "room_layout", "jigsaw", "segmentsemantic", "normal", "autoencoder")) {
            Metric m = Metrics.describe(task + "_zen");
            assertEquals(task, m.task());
            assertEquals("Zen-NAS score (a proxy, not a target)", m.quantity());
        }
    }

    @Test
    void nb201ColumnsNameDatasetSplitAndSchedule() {
        assertEquals("CIFAR-10 test accuracy %, 200 epochs", Metrics.describe("c10_test").label());
        assertEquals("CIFAR-10 (cifar10-valid: trained on the 25k train half) validation accuracy %, 200 epochs",
                Metrics.describe("c10valid_val").label());
        assertEquals("CIFAR-100 test accuracy %, 200 epochs", Metrics.describe("c100_test").label());
        assertEquals("ImageNet16-120 validation accuracy %, 12-epoch schedule", Metrics.describe("in16_val_12ep").label());
        assertEquals("CIFAR-10 test accuracy %, 200 epochs", Metrics.describe("CIFAR10TestAccuracy200Epochs").label());
        assertEquals("CIFAR-100 test accuracy %, 200 epochs", Metrics.describe("CIFAR100TestAccuracy200Epochs").label());
        assertEquals("ImageNet16-120 test accuracy %, 200 epochs", Metrics.describe("ImageNetTestAccuracy200Epochs").label());
        assertEquals("CIFAR-10 test accuracy %, seed run 2", Metrics.describe("test_acc_run2").label());
        assertEquals("NASLib validation accuracy %", Metrics.describe("val_accuracy").label());
        assertEquals("CIFAR-10 NASLib validation accuracy %", Metrics.describe("naslib_val_c10").label());
        assertEquals("CIFAR-10 NASLib validation accuracy %", Metrics.describe("cifar10.val_accuracy").label());
        assertEquals("NASLib validation accuracy %", Metrics.describe("val_acc").label(), "the file says which dataset");
    }

    @Test
    void nb101ColumnsOnlyInAnNb101Table() {
        assertEquals("CIFAR-10 test accuracy (fraction 0..1), 108 epochs", Metrics.describe(SearchSpace.NB101, "test_acc").label());
        assertEquals("CIFAR-10 validation accuracy (fraction 0..1), 108 epochs", Metrics.describe(SearchSpace.NB101, "valid_acc").label());
        assertFalse(Metrics.describe(SearchSpace.NB101, "train_time_s").higherIsBetter());
        assertFalse(Metrics.describe(SearchSpace.NB201, "test_acc").known(), "test_acc elsewhere could be anything");
    }

    @Test
    void anUnknownColumnIsItsName() {
        Metric m = Metrics.describe("synflow_score");
        assertEquals(new Metric("synflow_score", "", "", true), m);
        assertFalse(m.known());
        assertEquals("synflow_score", m.label());
        assertFalse(Metrics.describe("class_scene_value").known(), "the whole name must match");
    }

    @Test
    void aLabelQuotesWhatItTakesFromAColumnNameShort() {
        // a 40,000-character dataset prefix made a 40,000-character "metric" line in correlate's report
        String prefix = "\u001b" + "a".repeat(40_000);
        assertEquals("\\u001b" + "a".repeat(78) + "… NASLib validation accuracy %", Metrics.describe(prefix + ".val_accuracy").label());
        assertEquals(Quote.MAX, Metrics.describe("b".repeat(5_000)).label().length());
    }
}

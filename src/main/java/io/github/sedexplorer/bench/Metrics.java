package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a benchmark column measures, by its name in the kept benchmark files (SOURCES.md,
 * data-formats.md): a TransNAS task's validation metric, an NB201 accuracy with its dataset, split and
 * schedule, a proxy's score. A figure's caption needs it: a TransNAS {@code room_layout_val} is a negative
 * loss (higher is better), {@code segmentsemantic_val} a pixel accuracy, not mIoU.
 */
public final class Metrics {

    /**
     * What one column holds.
     *
     * @param column         the column's name
     * @param task           the task or dataset ({@code class_scene}, {@code CIFAR-10}), "" when unknown
     * @param quantity       what is measured, with split and unit ({@code validation top-1 accuracy %}), ""
     *                       for a column this class does not know
     * @param higherIsBetter whether a higher value is better (true for every accuracy, SSIM and negative loss)
     */
    public record Metric(String column, String task, String quantity, boolean higherIsBetter) {

        /** Whether the column is one this class knows (its quantity is not empty). */
        public boolean known() {
            return !quantity.isEmpty();
        }

        /**
         * For a person: task and quantity ({@code CIFAR-10 test accuracy %, 200 epochs}); the column name when unknown.
         * Parts taken from a column name are cut and escaped as {@link Quote#token} does.
         */
        public String label() {
            if (quantity.isEmpty()) {
                return Quote.token(column);
            }
            return task.isEmpty() ? quantity : Quote.token(task) + " " + quantity;
        }
    }

    private static final Pattern TRANSNAS = Pattern.compile(
            "(class_scene|class_object|jigsaw|segmentsemantic|room_layout|normal|autoencoder)_(val|zen)");
    private static final Map<String, String> TRANSNAS_VAL = Map.of(
            "class_scene", "validation top-1 accuracy %",
            "class_object", "validation top-1 accuracy %",
            "jigsaw", "validation top-1 accuracy %",
            "segmentsemantic", "validation pixel accuracy % (not mIoU)",
            "room_layout", "validation negative L2 loss (higher is better: do not flip the sign)",
            "normal", "validation SSIM",
            "autoencoder", "validation SSIM");
    private static final String PROXY = " (a proxy, not a target)";

    /** The kept NB201 files' short names: dataset, split, optional 12-epoch schedule. */
    private static final Pattern NB201_SHORT = Pattern.compile("(c10|c10valid|c100|in16)_(val|test)(_12ep)?");
    private static final Map<String, String> NB201_DATASETS = Map.of(
            "c10", "CIFAR-10",
            "c10valid", "CIFAR-10 (cifar10-valid: trained on the 25k train half)",
            "c100", "CIFAR-100",
            "in16", "ImageNet16-120");
    /** The NATS landscape file's names, {@code CIFAR10TestAccuracy200Epochs}. */
    private static final Pattern NB201_LONG = Pattern.compile("(CIFAR10|CIFAR100|ImageNet)(Train|Valid|Validation|Test)Accuracy(\\d+)Epochs");
    private static final Pattern RUN = Pattern.compile("test_acc_run(\\d+)");
    /** NASLib's val_accuracy, bare or under its dataset ({@code cifar10.val_accuracy}). */
    private static final Pattern NASLIB_VAL = Pattern.compile("(?:(.+)\\.)?(val_accuracy|val_acc|naslib_val_c10)");

    private Metrics() {
    }

    /** What a column holds, whatever the table's space; an unknown column gives its name and quantity "". */
    public static Metric describe(String column) {
        return describe(null, column);
    }

    /**
     * What a column holds in a table of the given space: NAS-Bench-101's generic names ({@code test_acc},
     * {@code params}) are read as the NB101 file's only in an NB101 table.
     */
    public static Metric describe(SearchSpace space, String column) {
        Matcher m = TRANSNAS.matcher(column);
        if (m.matches()) {
            String task = m.group(1);
            return m.group(2).equals("zen")
                    ? new Metric(column, task, "Zen-NAS score" + PROXY, true)
                    : new Metric(column, task, TRANSNAS_VAL.get(task), true);
        }
        m = NB201_SHORT.matcher(column);
        if (m.matches()) {
            String split = m.group(2).equals("val") ? "validation" : "test";
            return new Metric(column, NB201_DATASETS.get(m.group(1)), split + " accuracy %, "
                    + (m.group(3) == null ? "200 epochs" : "12-epoch schedule"), true);
        }
        m = NB201_LONG.matcher(column);
        if (m.matches()) {
            String dataset = switch (m.group(1)) {
                case "CIFAR10" -> "CIFAR-10";
                case "CIFAR100" -> "CIFAR-100";
                default -> "ImageNet16-120";
            };
            String split = m.group(2).startsWith("Valid") ? "validation" : m.group(2).toLowerCase(Locale.ROOT);
            return new Metric(column, dataset, split + " accuracy %, " + m.group(3) + " epochs", true);
        }
        m = RUN.matcher(column);
        if (m.matches()) {
            return new Metric(column, "CIFAR-10", "test accuracy %, seed run " + m.group(1), true);
        }
        m = NASLIB_VAL.matcher(column);
        if (m.matches()) {
            String task = m.group(1) != null ? dataset(m.group(1)) : m.group(2).equals("naslib_val_c10") ? "CIFAR-10" : "";
            return new Metric(column, task, "NASLib validation accuracy %", true);
        }
        return switch (column) {
            case "params_m" -> new Metric(column, "", "parameters, millions (NB201 API)" + PROXY, true);
            case "naswot_v1_score" -> new Metric(column, "CIFAR-10", "NASWOT v1 score (jacov)" + PROXY, true);
            default -> space == SearchSpace.NB101 ? nb101(column) : unknown(column);
        };
    }

    /** The columns of nb101-mlfe-2000.csv: one training run each, CIFAR-10, 108 epochs. */
    private static Metric nb101(String column) {
        return switch (column) {
            case "train_acc" -> new Metric(column, "CIFAR-10", "train accuracy (fraction 0..1), 108 epochs", true);
            case "valid_acc" -> new Metric(column, "CIFAR-10", "validation accuracy (fraction 0..1), 108 epochs", true);
            case "test_acc" -> new Metric(column, "CIFAR-10", "test accuracy (fraction 0..1), 108 epochs", true);
            case "train_time_s" -> new Metric(column, "CIFAR-10", "training time, seconds, 108 epochs (lower is better)", false);
            case "params" -> new Metric(column, "", "trainable parameters" + PROXY, true);
            default -> unknown(column);
        };
    }

    private static String dataset(String naslib) {
        return switch (naslib.toLowerCase(Locale.ROOT)) {
            case "cifar10" -> "CIFAR-10";
            case "cifar100" -> "CIFAR-100";
            case "imagenet16-120" -> "ImageNet16-120";
            default -> naslib;
        };
    }

    private static Metric unknown(String column) {
        return new Metric(column, "", "", true);
    }
}

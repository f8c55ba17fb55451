package io.github.sedexplorer.ui.controls;

import java.util.Comparator;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Shared number display and sorting for the benchmark views (their CSV is {@link io.github.sedexplorer.ui.export.Csv}). */
public final class NumberCells {

    /** Missing (NaN) lowest, then −∞, then the numbers, so a descending sort puts them last. */
    public static final Comparator<Number> ORDER = Comparator.comparingDouble(NumberCells::sortKey);

    private NumberCells() {
    }

    private static double sortKey(Number n) {
        double v = n == null ? Double.NaN : n.doubleValue();
        // Double.compare puts NaN above +∞; map it below −∞ instead
        return Double.isNaN(v) ? -Double.MAX_VALUE * 2 : v;
    }

    /** Three decimals; "n/a" for NaN; {@code negInf} for −∞. */
    static String format(double v, String negInf) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return negInf;
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Right-aligned numeric cells with the given −∞ text. */
    public static <S> Callback<TableColumn<S, Number>, TableCell<S, Number>> cells(String negInf) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item instanceof Integer i ? String.format(Locale.ROOT, "%,d", i)
                        : format(item.doubleValue(), negInf));
                setAlignment(Pos.CENTER_RIGHT);
                boolean disconnected = !empty && item != null && item.doubleValue() == Double.NEGATIVE_INFINITY;
                getStyleClass().remove("disconnected");
                if (disconnected) {
                    getStyleClass().add("disconnected");
                }
            }
        };
    }
}

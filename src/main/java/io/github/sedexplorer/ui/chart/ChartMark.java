package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.ui.editor.Palette;

import java.util.Locale;

/**
 * Where the editor's cell sits on the chart and the line that says so.
 *
 * @param x    the cell's proxy score; NaN when nothing is drawn (no table, no cell, a cell of another space, a
 *             column proxy for a cell the table lacks)
 * @param y    the cell's target when the table holds it, else NaN (drawn as a vertical line)
 * @param row  the table's row holding the cell, or −1
 * @param text for the line below the chart, "" when there is nothing to say
 */
public record ChartMark(double x, double y, int row, String text) {

    static final ChartMark NONE = none("");

    /** Nothing drawn, only this said. */
    static ChartMark none(String text) {
        return new ChartMark(Double.NaN, Double.NaN, -1, text);
    }

    /** Whether a mark is drawn. */
    public boolean drawn() {
        return !Double.isNaN(x);
    }

    /**
     * The editor's cell on the data's chart: its score under the data's model, else the data's score of its row.
     *
     * @param row the data table's row holding the cell, or −1
     */
    static ChartMark of(ChartData d, Architecture cell, int row) {
        if (cell.space() != d.table().space()) {
            return none("The editor's cell is a " + cell.space().displayName() + " cell: not in this "
                    + d.table().space().displayName() + " table");
        }
        if (d.model() == null && row < 0) {
            return none("◎ the editor's cell is not in this table, so it has no " + d.proxy());
        }
        double x = d.model() != null ? d.model().score(cell) : d.x()[row];
        double y = row >= 0 ? d.y()[row] : Double.NaN;
        String target = row < 0 ? "— not in this table"
                : Double.isNaN(y) ? "missing" : String.format(Locale.ROOT, "%.3f (%s)", y, d.scoring().rowName(d.table(), row));
        return new ChartMark(x, y, row, "◎ the editor's cell: " + d.proxy() + " " + Palette.score(x) + " · " + d.target() + " " + target);
    }
}

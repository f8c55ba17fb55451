package io.github.sedexplorer.ui.chart;

/** The words on the chart: axis titles and the caption line above the plot. */
record ChartText(String xLabel, String yLabel, String caption) {

    ChartText {
        xLabel = xLabel == null ? "" : xLabel;
        yLabel = yLabel == null ? "" : yLabel;
        caption = caption == null ? "" : caption;
    }
}

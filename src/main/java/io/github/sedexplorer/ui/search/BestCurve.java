package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.ui.search.SearchViewModel.Point;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The best score so far against evaluations, as steps: the view-model's curve, redrawn when it changes. */
final class BestCurve extends LineChart<Number, Number> {

    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

    BestCurve(ObservableList<Point> curve) {
        super(new NumberAxis(), new NumberAxis());
        getXAxis().setLabel("evaluations");
        getYAxis().setLabel("best score");
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        setId("searchCurve");
        setPrefHeight(180);
        setMinHeight(120);
        getData().add(series);
        curve.addListener((ListChangeListener<Point>) c -> draw(curve));
        draw(curve);
    }

    private void draw(List<Point> curve) {
        List<XYChart.Data<Number, Number>> steps = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            Point p = curve.get(i);
            if (i > 0) {
                steps.add(new XYChart.Data<>(p.evaluations(), curve.get(i - 1).best())); // flat until it improves
            }
            steps.add(new XYChart.Data<>(p.evaluations(), p.best()));
        }
        series.getData().setAll(steps);
    }

    /** The points drawn (tests). */
    int points() {
        return series.getData().size();
    }
}

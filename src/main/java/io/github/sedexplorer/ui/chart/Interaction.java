package io.github.sedexplorer.ui.chart;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;

/** Mouse handling of a {@link ScatterChart}: hover, click, wheel zoom, zoom box, pan, double-click reset. */
final class Interaction {

    private static final double DRAG_SLOP = 3;
    private static final double MIN_BOX = 4;

    private final ScatterChart chart;
    private double pressX;
    private double pressY;
    private double[] pressView;
    private boolean panning;
    private boolean dragged;

    private Interaction(ScatterChart chart) {
        this.chart = chart;
    }

    static void install(ScatterChart chart) {
        Interaction in = new Interaction(chart);
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> chart.hoverAt(e.getX(), e.getY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> chart.hoveredIndexProperty().set(-1));
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, in::pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, in::dragged);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, in::released);
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, in::clicked);
        chart.addEventHandler(ScrollEvent.SCROLL, in::scrolled);
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressView = chart.viewBounds();
        panning = e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        dragged |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP;
        if (!dragged) {
            return;
        }
        Frame f = chart.currentFrame();
        if (panning) {
            double dx = (e.getX() - pressX) / f.plotW() * (pressView[1] - pressView[0]);
            double dy = (e.getY() - pressY) / f.plotH() * (pressView[3] - pressView[2]);
            chart.setView(new double[] {pressView[0] - dx, pressView[1] - dx, pressView[2] + dy, pressView[3] + dy});
        } else if (e.getButton() == MouseButton.PRIMARY) {
            double x0 = clamp(Math.min(pressX, e.getX()), f.plotX(), f.plotX() + f.plotW());
            double x1 = clamp(Math.max(pressX, e.getX()), f.plotX(), f.plotX() + f.plotW());
            double y0 = clamp(Math.min(pressY, e.getY()), f.plotY(), f.plotY() + f.plotH());
            double y1 = clamp(Math.max(pressY, e.getY()), f.plotY(), f.plotY() + f.plotH());
            Rectangle box = chart.zoomBox();
            box.setX(x0);
            box.setY(y0);
            box.setWidth(x1 - x0);
            box.setHeight(y1 - y0);
            box.setVisible(true);
        }
    }

    private void released(MouseEvent e) {
        Rectangle box = chart.zoomBox();
        if (box.isVisible()) {
            box.setVisible(false);
            if (box.getWidth() >= MIN_BOX && box.getHeight() >= MIN_BOX) {
                Frame f = chart.currentFrame();
                chart.setView(new double[] {
                    f.dataX(box.getX()), f.dataX(box.getX() + box.getWidth()),
                    f.dataY(box.getY() + box.getHeight()), f.dataY(box.getY())});
            }
        }
        pressView = null;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() == 2) {
            chart.resetView();
        } else if (e.getClickCount() == 1) {
            chart.clickAt(e.getX(), e.getY());
        }
    }

    /** Zooms around the pointer: both axes inside the plot, x only below it, y only left of it. */
    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        Frame f = chart.currentFrame();
        double factor = Math.pow(1.1, -e.getDeltaY() / 40);
        boolean below = e.getY() > f.plotY() + f.plotH();
        boolean left = e.getX() < f.plotX();
        double[] v = chart.viewBounds();
        if (!left) {
            double cx = f.dataX(clamp(e.getX(), f.plotX(), f.plotX() + f.plotW()));
            v[0] = cx - (cx - v[0]) * factor;
            v[1] = cx + (v[1] - cx) * factor;
        }
        if (!below) {
            double cy = f.dataY(clamp(e.getY(), f.plotY(), f.plotY() + f.plotH()));
            v[2] = cy - (cy - v[2]) * factor;
            v[3] = cy + (v[3] - cy) * factor;
        }
        if (v[1] - v[0] > 1e-12 * Math.max(1, Math.abs(v[0])) && v[3] - v[2] > 1e-12 * Math.max(1, Math.abs(v[2]))) {
            chart.setView(v);
        }
        e.consume();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

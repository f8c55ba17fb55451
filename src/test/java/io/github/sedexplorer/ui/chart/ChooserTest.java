package io.github.sedexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.ui.GuiTest;

import java.util.List;
import java.util.stream.IntStream;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's proxy and target choosers follow the view-model's names as they change. A table with fewer columns than
 * the one shown shrinks the list: a SearchableComboBox given the list itself threw (ControlsFX #1320) and the window
 * showed "Unexpected error" when NB201-zc then TransNAS were loaded.
 */
@GuiTest
class ChooserTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static List<String> names(int n, int offset) {
        return IntStream.range(0, n).mapToObj(i -> i == 3 ? "m3" : "m" + (i + offset)).toList();
    }

    @Test
    void aShrinkingListKeepsTheChoiceAndThrowsNothing(FxRobot robot) throws Throwable {
        ObservableList<String> names = FXCollections.observableArrayList(names(19, 0));
        StringProperty choice = new SimpleStringProperty("m3");
        SearchableComboBox<String> box = ChartView.chooser("c", names, choice, 200);
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(box), 300, 200));
            stage.show();
        });
        assertEquals("m3", box.getValue());
        robot.interact(() -> names.setAll(names(18, 30)));
        WaitForAsyncUtils.checkException(); // an exception on the FX thread fails here
        assertEquals("m3", box.getValue(), "the choice is still offered: kept");
        assertEquals(names, box.getItems(), "the new names offered");
        robot.interact(() -> names.setAll(names(5, 60)));
        WaitForAsyncUtils.checkException();
        assertEquals(names, box.getItems());
        robot.interact(() -> {
            box.setValue("m61");
        });
        assertEquals("m61", choice.get(), "a pick sets the choice");
    }
}

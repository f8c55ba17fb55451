package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A saved (or the default) window size never runs off the screen: on a 1024×700 screen the window fits. */
@GuiTest
class WindowStateTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aWindowBiggerThanTheScreenIsKeptOnIt(FxRobot robot) throws Exception {
        Preferences prefs = Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer-tests") + "-window");
        prefs.putDouble("w", 5000);
        prefs.putDouble("h", 4000);
        prefs.putDouble("x", 3000);
        prefs.putDouble("y", -50);
        robot.interact(() -> new WindowState(prefs).restore(stage));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(screen.getWidth(), stage.getWidth());
        assertEquals(screen.getHeight(), stage.getHeight());
        assertTrue(stage.getX() >= screen.getMinX() && stage.getX() + stage.getWidth() <= screen.getMaxX(), "x " + stage.getX());
        assertTrue(stage.getY() >= screen.getMinY(), "y " + stage.getY());
        prefs.removeNode();
    }

    @Test
    void theMicroscopeStripIsOpenAtFirstAndRemembersBeingClosed() throws Exception {
        Preferences prefs = Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer-tests") + "-strip");
        prefs.removeNode();
        prefs = Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer-tests") + "-strip");
        assertTrue(new WindowState(prefs).microscopeStripOpen(), "open the first time");
        new WindowState(prefs).setMicroscopeStripOpen(false);
        assertFalse(new WindowState(prefs).microscopeStripOpen(), "closed in the next session");
        prefs.removeNode();
    }
}

package io.github.sedexplorer.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.GuiTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The import dialog validates on every change, points at errors and returns what it parsed. */
@GuiTest
class ImportDialogTest {

    static final String SPEC_CELL = TextSpotTest.SPEC_CELL;
    static final String TYPO =
            "|nor_conv_3x3~0|+|nor_conv_3x4~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String TYPO_PROBLEM = "unknown operation 'nor_conv_3x4' (NAS-Bench-201 has none, skip_connect, "
            + "nor_conv_1x1, nor_conv_3x3, avg_pool_3x3)";
    static final String NB101_SPEC = "{\"matrix\": [[0, 1, 1], [0, 0, 1], [0, 0, 0]],\n"
            + " \"ops\": [\"input\", \"conv3x3-bn-relu\", \"output\"]}";

    private Stage stage;
    private ImportDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        // TestFX reuses one stage: an earlier test may have left it maximised or resized
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            new FxRobot().interact(dialog::close);
        }
    }

    private void open(FxRobot robot, SearchSpace space) {
        robot.interact(() -> {
            dialog = new ImportDialog(space);
            dialog.initOwner(stage);
            dialog.show();
        });
    }

    private static TextArea area(FxRobot robot) {
        return robot.lookup("#importText").queryAs(TextArea.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#importStatus").queryAs(Label.class).getText();
    }

    private static Label marker(FxRobot robot) {
        return robot.lookup("#importMarker").queryAs(Label.class);
    }

    private static Hyperlink switchLink(FxRobot robot) {
        return robot.lookup("#importSwitch").queryAs(Hyperlink.class);
    }

    private Button ok() {
        return (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    }

    private static void setText(FxRobot robot, String text) {
        robot.interact(() -> area(robot).setText(text));
    }

    @Test
    void validArchStringShowsItsScoreAndIsTheResult(FxRobot robot) {
        open(robot, SearchSpace.NB201);
        assertEquals("Import architecture", dialog.getTitle());
        setText(robot, "  " + SPEC_CELL + "\n");
        assertEquals("✓ valid NAS-Bench-201 cell — sed-path 17.394347", status(robot));
        assertFalse(ok().isDisabled());
        assertFalse(marker(robot).isVisible());
        assertFalse(switchLink(robot).isVisible());
        robot.interact(() -> ok().fire());
        assertFalse(dialog.isShowing());
        assertEquals(Architecture.of(Nb201ArchString.parse(SPEC_CELL)), dialog.getResult());
    }

    @Test
    void typoNamesTheOperationAndPutsTheCaretOnIt(FxRobot robot) {
        open(robot, SearchSpace.NB201);
        setText(robot, TYPO);
        assertEquals("✗ " + TYPO_PROBLEM + " (at column 19)", status(robot));
        assertTrue(ok().isDisabled());
        assertEquals(18, area(robot).getCaretPosition());
        assertEquals("n", area(robot).getSelectedText());
        assertTrue(marker(robot).isVisible());
        assertEquals(TYPO.substring(0, 43) + "...\n" + " ".repeat(18) + "^", marker(robot).getText());

        // leading lines and spaces count: the message speaks of the text as the user sees it
        setText(robot, "\n   " + TYPO);
        assertEquals("✗ " + TYPO_PROBLEM + " (at line 2, column 22)", status(robot));
        assertEquals(22, area(robot).getCaretPosition());
        assertTrue(ok().isDisabled());
    }

    @Test
    void cancelReturnsNull(FxRobot robot) {
        open(robot, SearchSpace.NB201);
        setText(robot, SPEC_CELL);
        robot.interact(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).fire());
        assertFalse(dialog.isShowing());
        assertNull(dialog.getResult());
    }

    @Test
    void anNb101SpecUnderNb201OffersTheSwitch(FxRobot robot) {
        open(robot, SearchSpace.NB201);
        setText(robot, NB101_SPEC);
        assertTrue(status(robot).startsWith("✗ expected '|' but found '{' (at line 1, column 1)"), status(robot));
        assertTrue(ok().isDisabled());
        assertTrue(switchLink(robot).isVisible());
        assertEquals("This parses as an NB101 spec: switch?", switchLink(robot).getText());

        robot.clickOn("#importSwitch");
        @SuppressWarnings("unchecked")
        ChoiceBox<PasteFormat> choice = robot.lookup("#importSpace").queryAs(ChoiceBox.class);
        assertEquals(SearchSpace.NB101, choice.getValue().space());
        double score = SedModels.create("sed-path", 128).score(Nb101Spec.parse(NB101_SPEC));
        assertEquals("✓ valid NAS-Bench-101 cell — sed-path " + String.format(Locale.ROOT, "%.6f", score),
                status(robot));
        assertFalse(switchLink(robot).isVisible());
        assertFalse(ok().isDisabled());
        robot.interact(() -> ok().fire());
        assertEquals(Architecture.of(Nb101Spec.parse(NB101_SPEC)), dialog.getResult());
    }

    @Test
    void nb101ErrorsPointIntoTheJson(FxRobot robot) {
        open(robot, SearchSpace.NB101);
        String badOp = NB101_SPEC.replace("conv3x3-bn-relu", "conv3x3");
        setText(robot, badOp);
        assertTrue(status(robot).endsWith("(at $.ops[1])"), status(robot));
        assertEquals(badOp.indexOf("\"conv3x3\""), area(robot).getCaretPosition());
        assertEquals(" \"ops\": [\"input\", \"conv3x3\", \"output\"]}\n" + " ".repeat(18) + "^",
                marker(robot).getText());

        String missingComma = NB101_SPEC.replace("\"input\",", "\"input\"");
        setText(robot, missingComma);
        assertTrue(status(robot).startsWith("✗ malformed JSON: "), status(robot));
        assertTrue(status(robot).endsWith("(at line 2, column 18)"), status(robot));
        assertEquals(missingComma.indexOf("\"conv3x3"), area(robot).getCaretPosition());
        assertTrue(ok().isDisabled());
        assertFalse(switchLink(robot).isVisible());
    }

    @Test
    void emptyOrBlankTextKeepsOkDisabled(FxRobot robot) {
        open(robot, SearchSpace.DARTS);
        assertTrue(ok().isDisabled());
        assertEquals("Paste or type a DARTS genotype.", status(robot));
        setText(robot, PasteFormat.of(SearchSpace.DARTS).example());
        assertTrue(status(robot).startsWith("✓ valid DARTS architecture (normal + reduce) — sed-path "), status(robot));
        assertFalse(ok().isDisabled());
        setText(robot, " \n\t ");
        assertTrue(ok().isDisabled());
        assertEquals("Paste or type a DARTS genotype.", status(robot));
        assertFalse(marker(robot).isVisible());
    }

    @Test
    void freeCellsOpenOnNb201(FxRobot robot) {
        open(robot, SearchSpace.FREE);
        @SuppressWarnings("unchecked")
        ChoiceBox<PasteFormat> choice = robot.lookup("#importSpace").queryAs(ChoiceBox.class);
        assertEquals(SearchSpace.NB201, choice.getValue().space());
        assertEquals(4, choice.getItems().size());
        assertTrue(robot.lookup("#importHint").queryAs(Label.class).getText()
                .startsWith("|op~0|+|op~0|op~1|+|op~0|op~1|op~2|\nops: none, skip_connect,"));
    }

    /** Typing validates on every keystroke without pulling the caret to the error, which would garble the text. */
    @Test
    void typingValidatesAsYouGo(FxRobot robot) {
        open(robot, SearchSpace.NB201);
        robot.clickOn("#importText");
        robot.write("|nor_conv_3x4~0|");
        assertEquals("|nor_conv_3x4~0|", area(robot).getText());
        assertEquals(16, area(robot).getCaretPosition());
        assertTrue(status(robot).startsWith("✗ unknown operation 'nor_conv_3x4'"), status(robot));
        assertTrue(status(robot).endsWith("(at column 2)"), status(robot));
        assertTrue(ok().isDisabled());

        // the cell's last few keystrokes, typed: the one that completes it turns the status valid
        setText(robot, SPEC_CELL.substring(0, SPEC_CELL.length() - 4));
        robot.interact(() -> area(robot).positionCaret(area(robot).getLength()));
        assertTrue(status(robot).startsWith("✗"), status(robot));
        robot.write(SPEC_CELL.substring(SPEC_CELL.length() - 4));
        assertEquals(SPEC_CELL, area(robot).getText());
        assertEquals("✓ valid NAS-Bench-201 cell — sed-path 17.394347", status(robot));
        assertFalse(ok().isDisabled());
    }

    @Test
    void clickingTheMarkerSelectsTheError(FxRobot robot) {
        open(robot, SearchSpace.NB201);
        setText(robot, TYPO);
        robot.interact(() -> area(robot).positionCaret(TYPO.length()));
        robot.clickOn("#importMarker");
        assertEquals(18, area(robot).getCaretPosition());
        assertEquals("n", area(robot).getSelectedText());
    }

    @Test
    void snapshotLooksRight(FxRobot robot) throws IOException {
        open(robot, SearchSpace.NB201);
        setText(robot, TYPO);
        Path png = Path.of("target", "import-dialog.png");
        Files.createDirectories(png.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = dialog.getDialogPane().getContent().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        assertTrue(image[0].getWidth() >= 600 && image[0].getHeight() >= 200,
                image[0].getWidth() + "x" + image[0].getHeight());

        // the whole pane in three states, for looking at
        robot.interact(() -> image[0] = dialog.getDialogPane().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of("target", "import-dialog-pane.png").toFile());
        setText(robot, NB101_SPEC);
        robot.interact(() -> image[0] = dialog.getDialogPane().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of("target", "import-dialog-switch.png").toFile());
        robot.interact(() -> {
            robot.lookup("#importSpace").queryAs(ChoiceBox.class).getSelectionModel().select(3);
            area(robot).setText(PasteFormat.of(SearchSpace.DARTS).example());
        });
        robot.interact(() -> image[0] = dialog.getDialogPane().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of("target", "import-dialog-valid.png").toFile());
        assertFalse(ok().isDisabled());
    }
}

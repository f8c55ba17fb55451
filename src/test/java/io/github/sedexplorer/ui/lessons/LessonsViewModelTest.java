package io.github.sedexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Selection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The lesson bar's state, driven through the editor's view-model as the user's edits would drive it. */
class LessonsViewModelTest {

    private static final List<CellDocument> LESSONS = List.of(read("1-pooling-chain.json"), read("2-skip-vs-conv.json"),
            read("3-kernel-size.json"));

    private final EditorViewModel editor = new EditorViewModel(AutoLayout::positions);
    private final LessonsViewModel lessons = LessonsViewModel.of(editor, LESSONS, d -> editor.open(d, null));

    private static CellDocument read(String name) {
        return CellFile.read(Path.of("samples/lessons", name));
    }

    private void select(int from, int to) {
        editor.selectionProperty().set(Selection.edge(0, from, to));
    }

    /**
     * Each step's check is false before the edit its text asks for and true after it; a step that asks only to look
     * (null here: the Microscope tab) is done on arrival.
     */
    private void walk(int lesson, List<Consumer<EditorViewModel>> edits) {
        editor.open(LESSONS.get(lesson), null);
        assertEquals(lesson, lessons.lessonProperty().get());
        assertEquals(LESSONS.get(lesson).steps().size(), edits.size());
        for (int i = 0; i < edits.size(); i++) {
            assertEquals(i, lessons.stepProperty().get());
            boolean look = edits.get(i) == null;
            assertEquals(look, LESSONS.get(lesson).steps().get(i).check() instanceof CellDocument.Look);
            assertEquals(look, lessons.doneProperty().get(), "lesson " + (lesson + 1) + " step " + (i + 1)
                    + (look ? " asks to look: done on arrival" : " is not done at first"));
            if (!look) {
                edits.get(i).accept(editor);
            }
            assertTrue(lessons.doneProperty().get(), "lesson " + (lesson + 1) + " step " + (i + 1) + " is done by its edit: "
                    + lessons.stepTextProperty().get());
            assertEquals(i < edits.size() - 1, lessons.hasNextStepProperty().get());
            lessons.nextStep();
        }
    }

    @Test
    void poolingChainStepsAreReachable() {
        walk(0, Arrays.asList(null, e -> {
            select(1, 2);
            e.applyOp(Op.CONV_3X3);
        }, e -> {
            select(0, 1);
            e.applyOp(Op.CONV_3X3);
        }, e -> {
            select(0, 3);
            e.applyOp(Op.SKIP);
        }));
    }

    @Test
    void skipVersusConvStepsAreReachable() {
        walk(1, Arrays.asList(e -> {
            select(1, 2);
            e.applyOp(Op.CONV_3X3);
        }, e -> e.applyOp(Op.AVG_POOL_3X3), null, e -> {
            select(0, 3);
            e.deleteSelection();
        }));
    }

    @Test
    void kernelSizeStepsAreReachable() {
        walk(2, Arrays.asList(e -> {
            select(0, 1);
            e.applyOp(Op.conv(5));
        }, e -> {
            select(0, 2);
            e.applyOp(Op.AVG_POOL_3X3);
        }, null, e -> e.addNode(0, new NodePosition(300, 300))));
    }

    @Test
    void theCheckFollowsUndo() {
        editor.open(LESSONS.get(0), null);
        lessons.nextStep(); // past the look at the Microscope tab
        select(1, 2);
        editor.applyOp(Op.CONV_3X3);
        assertTrue(lessons.doneProperty().get());
        editor.undo();
        assertFalse(lessons.doneProperty().get());
        assertTrue(lessons.stepTextProperty().get().startsWith("Step 2 of 4: Select the edge 1→2"), lessons.stepTextProperty().get());
    }

    @Test
    void previousNextAndResetMoveBetweenLessons() {
        editor.open(LESSONS.get(0), null);
        assertTrue(lessons.activeProperty().get());
        assertFalse(lessons.hasPreviousLessonProperty().get());
        lessons.nextLesson();
        assertEquals(1, lessons.lessonProperty().get());
        assertEquals(LESSONS.get(1).title(), editor.getDocument().title());
        assertTrue(lessons.lessonTitleProperty().get().endsWith("(2 of 3)"), lessons.lessonTitleProperty().get());
        lessons.nextLesson();
        assertFalse(lessons.hasNextLessonProperty().get());
        lessons.nextLesson();
        assertEquals(2, lessons.lessonProperty().get(), "no lesson after the last");
        lessons.previousLesson();
        assertEquals(1, lessons.lessonProperty().get());

        select(1, 2);
        editor.applyOp(Op.CONV_3X3);
        lessons.nextStep();
        assertEquals(1, lessons.stepProperty().get());
        lessons.reset();
        assertEquals(0, lessons.stepProperty().get());
        assertEquals(Op.SKIP, editor.cell(0).edges().stream().filter(x -> x.from() == 1 && x.to() == 2).findFirst().orElseThrow().op(),
                "Reset brings the lesson's starting cell back");
        assertFalse(editor.isDirty());
    }

    @Test
    void aCellThatIsNoLessonHidesTheBar() {
        editor.open(LESSONS.get(2), null);
        assertTrue(lessons.activeProperty().get());
        CellDocument plain = LESSONS.get(0);
        editor.open(new CellDocument(plain.architecture(), null, "plain", ""), null);
        assertFalse(lessons.activeProperty().get());
        assertEquals(-1, lessons.lessonProperty().get());
        assertEquals("", lessons.stepTextProperty().get());
        assertFalse(lessons.hasNextLessonProperty().get());
    }

    @Test
    void aLessonOfTheUsersOwnHasStepsButNoNeighbours() {
        CellDocument own = LESSONS.get(0);
        // its editing steps only: a step that asks to look is done from the start
        List<CellDocument.Step> edits = own.steps().stream().filter(st -> !(st.check() instanceof CellDocument.Look)).toList();
        editor.open(new CellDocument(own.architecture(), null, "My lesson", "", edits), null);
        assertTrue(lessons.activeProperty().get());
        assertEquals(-1, lessons.lessonProperty().get());
        assertEquals("My lesson", lessons.lessonTitleProperty().get());
        assertFalse(lessons.hasNextLessonProperty().get());
        select(1, 2);
        editor.applyOp(Op.CONV_3X3);
        assertTrue(lessons.doneProperty().get());
        lessons.reset();
        assertFalse(lessons.doneProperty().get(), "Reset opens the cell as it was first opened");
    }
}

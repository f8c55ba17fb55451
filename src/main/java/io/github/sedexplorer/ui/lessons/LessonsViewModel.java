package io.github.sedexplorer.ui.lessons;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellDocument.Step;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Scores;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The lesson bar's state: which lesson the editor holds (a document with steps; one of {@code lessons} when its
 * title and steps match), its current step, and whether that step's check holds for the document and its score,
 * re-evaluated on every edit. Moving between lessons and Reset open a lesson's starting cell through {@code open},
 * which may ask about unsaved changes first.
 */
public final class LessonsViewModel {

    private final ObservableValue<CellDocument> document;
    private final ObservableValue<Double> score;
    private final List<CellDocument> lessons;
    private final Consumer<CellDocument> open;
    private final ReadOnlyObjectWrapper<CellDocument> start = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper lesson = new ReadOnlyIntegerWrapper(-1);
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lessonTitle = new ReadOnlyStringWrapper("");
    private final BooleanBinding active = start.isNotNull();
    private final BooleanBinding hasPreviousLesson = lesson.greaterThan(0);
    private final BooleanBinding hasNextLesson;
    private final BooleanBinding hasPreviousStep = active.and(step.greaterThan(0));
    private final BooleanBinding hasNextStep;

    /**
     * @param score   the document's score under the editor's model (null when there is none)
     * @param lessons the starting documents of the lessons, in order
     */
    public LessonsViewModel(ObservableValue<CellDocument> document, ObservableValue<Double> score, List<CellDocument> lessons,
                            Consumer<CellDocument> open) {
        this.document = document;
        this.score = score;
        this.lessons = List.copyOf(lessons);
        this.open = open;
        hasNextLesson = Bindings.createBooleanBinding(() -> lesson.get() >= 0 && lesson.get() < this.lessons.size() - 1, lesson);
        hasNextStep = Bindings.createBooleanBinding(() -> start.get() != null && step.get() < start.get().steps().size() - 1,
                start, step);
        document.addListener((o, a, d) -> follow(d));
        score.addListener((o, a, s) -> check());
        step.addListener((o, a, s) -> check());
        follow(document.getValue());
    }

    /** Lessons for the editor: its document and the score of its current model. */
    public static LessonsViewModel of(EditorViewModel editor, List<CellDocument> lessons, Consumer<CellDocument> open) {
        return new LessonsViewModel(editor.documentProperty(), editor.scoresProperty().map(Scores::total), lessons, open);
    }

    private void follow(CellDocument d) {
        if (d == null || d.steps().isEmpty()) {
            start.set(null);
            lesson.set(-1);
        } else if (start.get() == null || !sameLesson(start.get(), d)) {
            int i = indexOf(d);
            lesson.set(i);
            start.set(i >= 0 ? lessons.get(i) : d);
            step.set(0);
        }
        check();
    }

    /** Edits change neither the title nor the steps, so they tell which lesson a document is of. */
    private static boolean sameLesson(CellDocument a, CellDocument b) {
        return a.title().equals(b.title()) && a.steps().equals(b.steps());
    }

    private int indexOf(CellDocument d) {
        for (int i = 0; i < lessons.size(); i++) {
            if (sameLesson(lessons.get(i), d)) {
                return i;
            }
        }
        return -1;
    }

    private void check() {
        CellDocument s = start.get();
        CellDocument d = document.getValue();
        if (s == null || d == null) {
            done.set(false);
            stepText.set("");
            lessonTitle.set("");
            return;
        }
        List<Step> steps = s.steps();
        Step now = steps.get(Math.max(0, Math.min(step.get(), steps.size() - 1)));
        Double total = score.getValue();
        done.set(now.check().holds(d.architecture(), total == null ? Double.NaN : total));
        stepText.set("Step " + (step.get() + 1) + " of " + steps.size() + ": " + now.text());
        lessonTitle.set(lesson.get() >= 0 ? s.title() + " (" + (lesson.get() + 1) + " of " + lessons.size() + ")" : s.title());
    }

    public void nextStep() {
        if (hasNextStep.get()) {
            step.set(step.get() + 1);
        }
    }

    public void previousStep() {
        if (hasPreviousStep.get()) {
            step.set(step.get() - 1);
        }
    }

    public void nextLesson() {
        if (hasNextLesson.get()) {
            open.accept(lessons.get(lesson.get() + 1));
        }
    }

    public void previousLesson() {
        if (hasPreviousLesson.get()) {
            open.accept(lessons.get(lesson.get() - 1));
        }
    }

    /** The lesson's starting cell again, from its first step (unless opening it was cancelled). */
    public void reset() {
        CellDocument before = document.getValue();
        if (start.get() != null) {
            open.accept(start.get());
            if (document.getValue() != before) {
                step.set(0);
            }
        }
    }

    /** Whether the editor holds a lesson: the bar shows only then. */
    public BooleanBinding activeProperty() {
        return active;
    }

    /** The lesson's index among the app's lessons, -1 for none (or a lesson file of the user's own). */
    public ReadOnlyIntegerProperty lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The current step, from 0. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step;
    }

    /** Whether the current step's check holds for the editor's document. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** "Step 2 of 3: ..." */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lessonTitleProperty() {
        return lessonTitle.getReadOnlyProperty();
    }

    public BooleanBinding hasPreviousLessonProperty() {
        return hasPreviousLesson;
    }

    public BooleanBinding hasNextLessonProperty() {
        return hasNextLesson;
    }

    public BooleanBinding hasPreviousStepProperty() {
        return hasPreviousStep;
    }

    public BooleanBinding hasNextStepProperty() {
        return hasNextStep;
    }
}

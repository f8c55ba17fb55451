package io.github.sedexplorer.ui.lessons;

import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The lesson bar above a content (the editor): the lesson, its current step with ✓ when done, and the moves. */
public final class LessonsView extends VBox {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final LessonsViewModel vm;

    public LessonsView(LessonsViewModel vm, Node content) {
        this.vm = vm;
        getStylesheets().add(LessonsView.class.getResource("lessons.css").toExternalForm());
        Label title = new Label();
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.textProperty().bind(vm.lessonTitleProperty());
        Label step = new Label();
        step.setId("lessonStep");
        step.setWrapText(true);
        step.textProperty().bind(vm.stepTextProperty());
        step.setMaxWidth(Double.MAX_VALUE);
        step.setMinHeight(Region.USE_PREF_SIZE);
        // the step's instruction is never elided: in full where there is room, else in a short window of its own that scrolls
        ScrollPane stepScroll = new ScrollPane(step);
        stepScroll.setId("lessonStepScroll");
        stepScroll.getStyleClass().addAll("edge-to-edge", "lesson-step-scroll");
        stepScroll.setFitToWidth(true);
        stepScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stepScroll.prefViewportHeightProperty().bind(step.heightProperty());
        stepScroll.setMinHeight(56); // three lines
        HBox.setHgrow(stepScroll, Priority.ALWAYS);
        Label check = new Label();
        check.setId("lessonCheck");
        check.getStyleClass().add("lesson-check");
        check.textProperty().bind(vm.doneProperty().map(d -> d ? "✓ done" : "…"));
        check.pseudoClassStateChanged(DONE, vm.doneProperty().get());
        vm.doneProperty().addListener((o, a, d) -> check.pseudoClassStateChanged(DONE, d));
        HBox steps = new HBox(6, button("‹ Step", "previousStep", vm::previousStep, vm.hasPreviousStepProperty().not()),
                button("Step ›", "nextStep", vm::nextStep, vm.hasNextStepProperty().not()));
        HBox lessons = new HBox(6, button("‹ Previous lesson", "previousLesson", vm::previousLesson, vm.hasPreviousLessonProperty().not()),
                button("Next lesson ›", "nextLesson", vm::nextLesson, vm.hasNextLessonProperty().not()),
                button("Reset", "resetLesson", vm::reset, vm.activeProperty().not()));
        HBox top = new HBox(12, title, new Spacer(), lessons);
        HBox now = new HBox(10, check, stepScroll, steps);
        VBox bar = new VBox(4, top, now);
        bar.setId("lessonBar");
        bar.getStyleClass().add("lesson-bar");
        bar.visibleProperty().bind(vm.activeProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        getChildren().addAll(bar, content);
        VBox.setVgrow(content, Priority.ALWAYS);
    }

    private static Button button(String text, String id, Runnable action, ObservableBooleanValue disabled) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        b.setFocusTraversable(false);
        // the wrapping step text beside them takes what is left: the buttons keep their names (they were "…" at any width)
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    public LessonsViewModel viewModel() {
        return vm;
    }

    /** Pushes what follows it to the right of an HBox. */
    private static final class Spacer extends Region {
        Spacer() {
            HBox.setHgrow(this, Priority.ALWAYS);
        }
    }
}

package io.github.sedexplorer.ui.dialogs;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Import architecture": paste (or type) an architecture in its benchmark's one-line format and see
 * at once whether it reads. Every change re-parses the text: a valid architecture shows its sed-path
 * score at the space's default C; an error shows its message and, when it has a position, an excerpt
 * with a caret under the offending character. OK stays disabled until the text is valid, and text
 * that reads in another space offers to switch to it. The result is the parsed architecture, or null
 * on cancel. Leading and trailing whitespace is ignored.
 */
public final class ImportDialog extends Dialog<Architecture> {

    static final String SCORE_MODEL = "sed-path";
    private static final int MARKER_RADIUS = 24;

    private final ChoiceBox<PasteFormat> spaceChoice = new ChoiceBox<>(FXCollections.observableArrayList(PasteFormat.ALL));
    private final Label hint = new Label();
    private final TextArea area = new TextArea();
    private final Label status = new Label();
    private final Label marker = new Label();
    private final Hyperlink switchLink = new Hyperlink();
    private Architecture parsed;
    /** Where in the text area the current error points, or -1. */
    private int errorIndex = -1;

    /** @param initialSpace the space chosen first; NB201 when it has no one-line format (free cells) */
    public ImportDialog(SearchSpace initialSpace) {
        setTitle("Import architecture");
        setHeaderText("Paste an architecture as its benchmark writes it");
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(ImportDialog.class.getResource("import-dialog.css").toExternalForm());
        getDialogPane().setContent(content());
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        setResultConverter(button -> button == ButtonType.OK ? parsed : null);

        area.textProperty().addListener((obs, old, now) -> {
            validate(isBulkChange(old, now));
            grow();
        });
        spaceChoice.valueProperty().addListener((obs, old, now) -> {
            hint.setText(now.hint());
            area.setPromptText(now.example());
            validate(true);
            grow();
        });
        spaceChoice.setValue(PasteFormat.of(initialSpace));
        setOnShown(e -> area.requestFocus());
    }

    /** Grows the window to its content (a DARTS hint and genotype need more room), so OK and Cancel stay visible. */
    private void grow() {
        Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (w != null && w.isShowing()) {
            Platform.runLater(() -> {
                double need = getDialogPane().prefHeight(getDialogPane().getWidth());
                if (w.getHeight() < need + 40) {
                    w.sizeToScene();
                }
            });
        }
    }

    private Node content() {
        spaceChoice.setId("importSpace");
        spaceChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PasteFormat f) {
                return f == null ? "" : f.label();
            }

            @Override
            public PasteFormat fromString(String s) {
                return null;
            }
        });
        Label spaceLabel = new Label("Space:");
        spaceLabel.setLabelFor(spaceChoice);
        HBox spaceRow = new HBox(8, spaceLabel, spaceChoice);
        spaceRow.getStyleClass().add("import-space-row");
        hint.setId("importHint");
        hint.getStyleClass().add("import-hint");
        hint.setWrapText(true);
        area.setId("importText");
        area.getStyleClass().add("import-text");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        status.setId("importStatus");
        status.setWrapText(true);
        marker.setId("importMarker");
        marker.getStyleClass().add("import-marker");
        marker.setOnMouseClicked(e -> selectError());
        switchLink.setId("importSwitch");
        for (Node n : new Node[] {marker, switchLink}) {
            n.managedProperty().bind(n.visibleProperty());
            n.setVisible(false);
        }
        VBox box = new VBox(8, spaceRow, hint, area, status, marker, switchLink);
        box.getStyleClass().add("import-dialog");
        box.setPrefWidth(680);
        return box;
    }

    /** Pasted or set text moves the caret to its error; a keystroke does not, or typing would jump about. */
    private static boolean isBulkChange(String old, String now) {
        int prefix = 0;
        int max = Math.min(old.length(), now.length());
        while (prefix < max && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        return now.length() - prefix - suffix > 1;
    }

    private void validate(boolean moveCaret) {
        PasteFormat format = spaceChoice.getValue();
        String text = area.getText();
        String body = text.strip();
        parsed = null;
        errorIndex = -1;
        marker.setVisible(false);
        switchLink.setVisible(false);
        if (body.isEmpty()) {
            show("Paste or type " + format.noun() + ".", "import-empty");
        } else {
            try {
                parsed = format.format().parse(body);
                show("✓ valid " + describe(parsed), "import-valid");
            } catch (SedException e) {
                showError(e, text, text.length() - text.stripLeading().length(), moveCaret);
                offerSwitch(format, body);
            }
        }
        getDialogPane().lookupButton(ButtonType.OK).setDisable(parsed == null);
    }

    private void showError(SedException e, String text, int lead, boolean moveCaret) {
        Optional<TextSpot> spot = TextSpot.locate(e, text.substring(lead)).map(s -> s.shift(lead));
        show("✗ " + describe(e, text, spot.orElse(null)), "import-invalid");
        spot.ifPresent(s -> {
            errorIndex = s.index();
            marker.setText(s.marker(text, MARKER_RADIUS));
            marker.setVisible(true);
            if (moveCaret) {
                // after the control has placed its own caret for this change
                Platform.runLater(() -> {
                    if (area.getText().equals(text)) {
                        selectError();
                    }
                });
            }
        });
    }

    private void offerSwitch(PasteFormat chosen, String body) {
        for (PasteFormat other : PasteFormat.ALL) {
            if (other != chosen && tryParse(other.space(), body).isPresent()) {
                switchLink.setText("This parses as " + other.noun() + ": switch?");
                switchLink.setOnAction(e -> spaceChoice.setValue(other));
                switchLink.setVisible(true);
                return;
            }
        }
    }

    /** Selects the character the error points at (the caret on it); at the end of a line, only the caret. */
    private void selectError() {
        if (errorIndex < 0) {
            return;
        }
        String text = area.getText();
        area.requestFocus();
        if (errorIndex < text.length() && text.charAt(errorIndex) != '\n') {
            area.selectRange(errorIndex + 1, errorIndex);
        } else {
            area.positionCaret(Math.min(errorIndex, text.length()));
        }
    }

    private void show(String message, String styleClass) {
        status.setText(message);
        status.getStyleClass().removeAll("import-empty", "import-valid", "import-invalid");
        status.getStyleClass().add(styleClass);
    }

    private static String describe(Architecture arch) {
        SedModel model = SedModels.create(SCORE_MODEL, arch.space().defaultChannels());
        double score = model.score(arch);
        String what = arch.space() == SearchSpace.DARTS ? " architecture (normal + reduce)" : " cell";
        return arch.space().displayName() + what + " — " + SCORE_MODEL + " "
                + (SedModel.connected(score) ? String.format(Locale.ROOT, "%.6f", score) : "disconnected");
    }

    /** The architecture the text encodes in the space's one-line format (whitespace around it ignored), if it does. */
    static Optional<Architecture> tryParse(SearchSpace space, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PasteFormat.of(space).format().parse(text.strip()));
        } catch (SedException e) {
            return Optional.empty();
        }
    }

    /**
     * The error's message with its column (or line and column) restated for {@code text} as the user
     * sees it, whitespace included; JSON paths stay as they are.
     */
    static String describe(SedException e, String text, TextSpot spot) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (spot == null || spot.quoted() == null) {
            return message;
        }
        int at = message.lastIndexOf(spot.quoted());
        return at < 0 ? message
                : message.substring(0, at) + spot.position(text) + message.substring(at + spot.quoted().length());
    }
}

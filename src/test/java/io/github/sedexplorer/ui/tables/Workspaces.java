package io.github.sedexplorer.ui.tables;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.common.Dialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.StatusLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A workspace for view-model tests, without the FX toolkit: loads and work run inline, the editor's space and C are
 * properties the test sets, and no dialog is ever answered.
 */
public final class Workspaces {

    /** The editor's space (NB201 at first) and C (16 at first) the workspace's scoring follows. */
    public final ObjectProperty<SearchSpace> editorSpace = new SimpleObjectProperty<>(SearchSpace.NB201);
    public final IntegerProperty editorChannels = new SimpleIntegerProperty(16);
    public final StatusLine status = new StatusLine();
    public final ModelCatalog catalog = new ModelCatalog();
    public final TableWorkspace workspace = new TableWorkspace(catalog, editorSpace, editorChannels, LatestWins.direct(status), status,
            NO_DIALOGS);

    /** Answers every dialog with "cancel": nothing chosen, nothing saved. */
    public static final Dialogs NO_DIALOGS = new Dialogs() {
        @Override
        public Unsaved askToSaveChanges() {
            return Unsaved.CANCEL;
        }

        @Override
        public Optional<Path> openFile(String title, FileKind kind, Path near) {
            return Optional.empty();
        }

        @Override
        public List<Path> openFiles(String title, FileKind kind, Path near) {
            return List.of();
        }

        @Override
        public Optional<Path> saveFile(String title, FileKind kind, Path near) {
            return Optional.empty();
        }

        @Override
        public void report(String header, String text, String id) {
        }

        @Override
        public Optional<Architecture> importArchitecture(SearchSpace initialSpace) {
            return Optional.empty();
        }

        @Override
        public void error(String header, String message) {
        }
    };

    /** A runner for a view-model under test: work and results inline, failures on this status line. */
    public LatestWins direct() {
        return LatestWins.direct(status);
    }
}

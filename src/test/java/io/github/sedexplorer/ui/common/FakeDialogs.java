package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: queued answers, and a record of what was shown. */
public final class FakeDialogs implements Dialogs {

    public final Deque<Unsaved> unsaved = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final List<String> shown = new ArrayList<>();

    @Override
    public Unsaved askToSaveChanges() {
        shown.add("ask to save");
        return unsaved.isEmpty() ? Unsaved.CANCEL : unsaved.poll();
    }

    @Override
    public Optional<Path> openFile(String title, FileKind kind, Path near) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> openFiles(String title, FileKind kind, Path near) {
        List<Path> out = new ArrayList<>(files);
        files.clear();
        return out;
    }

    /** The file names the save choosers suggested, in order. */
    public final List<String> suggested = new ArrayList<>();

    @Override
    public Optional<Path> saveFile(String title, FileKind kind, Path near) {
        return Optional.ofNullable(files.poll()).map(kind::withExtension);
    }

    @Override
    public Optional<Path> saveFile(String title, FileKind kind, Path near, String name) {
        suggested.add(name);
        return saveFile(title, kind, near);
    }

    /** What the Import dialog returns next: empty is Cancel. */
    public final Deque<Architecture> imports = new ArrayDeque<>();

    @Override
    public Optional<Architecture> importArchitecture(SearchSpace initialSpace) {
        shown.add("import");
        return Optional.ofNullable(imports.poll());
    }

    @Override
    public void report(String header, String text, String id) {
        shown.add(id + ": " + header + ": " + text);
    }

    @Override
    public void error(String header, String message) {
        shown.add("error: " + header + ": " + message);
    }
}

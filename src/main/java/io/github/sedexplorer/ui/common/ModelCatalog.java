package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The models the app offers: the built-in reconstruction ({@code sed-path}, {@code sed-flow}) and
 * the custom models saved from the proxy lab or loaded from model files, each labelled
 * {@code custom:<name>}. A custom model carries its own C; the built-ins take the C they are given.
 */
public final class ModelCatalog {

    private final ObservableList<String> ids = FXCollections.observableArrayList(SedModels.ids());
    private final Map<String, ModelSpec> custom = new LinkedHashMap<>();

    /** Built-in ids first, then custom ones in the order they were added. */
    public ObservableList<String> ids() {
        return ids;
    }

    public boolean contains(String id) {
        return id != null && ids.contains(id);
    }

    public boolean isCustom(String id) {
        return id != null && custom.containsKey(id);
    }

    public Optional<ModelSpec> spec(String id) {
        return Optional.ofNullable(custom.get(id));
    }

    /** The model with this id: a built-in at C channels, or a custom model at its own C. */
    public SedModel create(String id, int channels) {
        ModelSpec spec = custom.get(id);
        return spec != null ? spec.model() : SedModels.create(id, channels);
    }

    /** Adds (or replaces, by name) a custom model; returns its id. */
    public String add(ModelSpec spec) {
        String id = "custom:" + spec.name();
        if (custom.put(id, spec) == null) {
            ids.add(id);
        } else {
            // the same name again: listeners must see the new table, so the id is replaced in place
            int i = ids.indexOf(id);
            ids.set(i, id);
        }
        return id;
    }

    /**
     * Reads a model file and adds it.
     *
     * @throws SedException naming the file and the JSON path of a problem
     */
    public String load(Path file) {
        return add(ModelFile.readFile(file));
    }
}

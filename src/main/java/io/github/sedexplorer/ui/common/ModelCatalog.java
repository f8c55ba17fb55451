package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The models the app offers: the built-in reconstruction ({@code sed-path}, {@code sed-flow}) and
 * the custom models saved from the proxy lab or loaded from model files, each labelled
 * {@code custom:<name>}. A custom model carries its own C; the built-ins take the C they are given.
 * <p>
 * The measured models ({@code sed-local-mc}, {@link Models#measuredIds()}) are offered as proxies only
 * ({@link #proxyIds()}: the chart, the Proxies tab), always {@linkplain #label labelled} measured: the editor's model
 * list ({@link #ids()}) leaves them out, since they have no per-edge contributions to analyse.
 */
public final class ModelCatalog {

    private final ObservableList<String> ids = FXCollections.observableArrayList(SedModels.ids());
    private final Map<String, ModelSpec> custom = new LinkedHashMap<>();

    /** Built-in ids first, then custom ones in the order they were added. */
    public ObservableList<String> ids() {
        return ids;
    }

    /** Whether the id is one of the editor's models ({@link #ids()}); a measured model is not. */
    public boolean contains(String id) {
        return id != null && ids.contains(id);
    }

    /**
     * The models a table can be scored with as a proxy: the reconstruction's, the measured ones, then the custom ones.
     * A snapshot: it changes with {@link #ids()}.
     */
    public List<String> proxyIds() {
        List<String> out = new ArrayList<>(ids);
        out.addAll(Models.reconstructedIds().size(), Models.measuredIds());
        return out;
    }

    /** Whether the id is a model that scores a table as a proxy ({@link #proxyIds()}). */
    public boolean isProxyModel(String id) {
        return contains(id) || isMeasured(id);
    }

    /** Whether the id is a measured model (Monte Carlo), not the reconstruction. */
    public static boolean isMeasured(String id) {
        return id != null && Models.isMeasured(id);
    }

    /** How a proxy is named where it is shown: {@code sed-local-mc (measured)} for a measured model, else its id. */
    public static String label(String id) {
        return isMeasured(id) ? id + " (measured)" : id;
    }

    /** The note a measured model's results carry: "sed-local-mc: measured (Monte Carlo …), not the reconstruction". */
    public static String measuredNote(String id) {
        return id + ": " + Models.provenance(id);
    }

    public boolean isCustom(String id) {
        return id != null && custom.containsKey(id);
    }

    public Optional<ModelSpec> spec(String id) {
        return Optional.ofNullable(custom.get(id));
    }

    /** The model with this id: a built-in (reconstructed or measured) at C channels, or a custom model at its own C. */
    public SedModel create(String id, int channels) {
        ModelSpec spec = custom.get(id);
        return spec != null ? spec.model() : Models.create(id, channels);
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

package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The caption of an exported picture: the title and space, the architecture as text, the model, C and score. */
public final class Caption {

    private Caption() {
    }

    public static List<String> lines(Architecture arch, String title, String model, int channels, double score) {
        List<String> lines = new ArrayList<>();
        SearchSpace space = arch.space();
        lines.add((title == null || title.isBlank() ? "" : title + " · ") + space.displayName());
        try {
            lines.add(ArchitectureFormats.forSpace(space).format(arch));
        } catch (SedException e) {
            // a free cell has no one-line text: the picture is all of it
        }
        lines.add(model + " (SED, reconstructed from the paper's theory) · C = " + channels + " · score " + score(score));
        return lines;
    }

    public static String score(double v) {
        return Double.isInfinite(v) && v < 0 ? "disconnected" : String.format(Locale.ROOT, "%.6f", v);
    }
}

package io.github.sedexplorer.ui.dialogs;

import io.github.sedexplorer.bench.SampleTables;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Third-party notices: the sources and licences of the benchmark tables embedded in the program, and the
 * licence texts, as {@link SampleTables#notices()} gives them (the same text {@code sed-explorer tables --notices} prints).
 */
public final class ThirdPartyNotices {

    private ThirdPartyNotices() {
    }

    /** The notice in blocks: a heading ("# " / "## "), a paragraph or table, or a licence text (kept line by line). */
    static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean code = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                flush(block, out, code);
                code = !code;
            } else if (code) {
                block.append(line).append('\n');
            } else if (line.isBlank() || line.startsWith("#")) {
                flush(block, out, false);
                if (line.startsWith("#")) {
                    out.add(line);
                }
            } else {
                block.append(line).append('\n');
            }
        }
        flush(block, out, code);
        return out;
    }

    private static void flush(StringBuilder block, List<String> out, boolean code) {
        if (block.length() > 0) {
            out.add(code ? "```\n" + block.toString().stripTrailing() : block.toString().strip());
            block.setLength(0);
        }
    }

    /**
     * A paragraph or list as it reads: the source's line breaks are only wrapping, so a paragraph is one line and
     * each "- " item one bullet (the window wraps them to its width); code quotes go.
     */
    static String prose(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("- ")) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append("• ").append(t.substring(2));
            } else if (!t.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(t);
            }
        }
        return out.toString().replace("`", "");
    }

    public static Stage show(Window owner) {
        VBox body = new VBox(10);
        body.getStyleClass().add("help-body");
        for (String b : blocks(SampleTables.notices())) {
            Text t;
            if (b.startsWith("#")) {
                t = new Text(b.replaceFirst("^#+ ", ""));
                t.getStyleClass().add("help-heading");
            } else if (b.startsWith("```\n")) {
                t = new Text(b.substring(4));
                t.getStyleClass().add("help-code");
            } else if (b.startsWith("|")) {
                t = new Text(b.replace("|---|---|---|---|\n", ""));
                t.getStyleClass().add("help-code");
            } else {
                t = new Text(prose(b));
            }
            t.wrappingWidthProperty().bind(body.widthProperty().subtract(40));
            body.getChildren().add(t);
        }
        return HelpWindow.show(owner, "Third-party notices", "thirdPartyNotices", body);
    }
}

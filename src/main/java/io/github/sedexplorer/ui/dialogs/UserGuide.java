package io.github.sedexplorer.ui.dialogs;

import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → User guide: the README's editor section (the README ships in the jar as {@code /help/README.md}), read at
 * run time so the app and the README never disagree, shown as wrapped paragraphs in a scrolling window.
 */
public final class UserGuide {

    static final String RESOURCE = "/help/README.md";
    static final String HEADING = "## The editor";
    /** **bold**, `code`, *italic*, [a link](to) */
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\*([^*\\s][^*]*)\\*|\\[([^]]+)]\\([^)]*\\)");

    private UserGuide() {
    }

    /** The README shipped with the app. */
    public static String readme() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SedException("the user guide (" + RESOURCE + ") is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SedException("cannot read the user guide: " + e.getMessage(), e);
        }
    }

    /** The lines under {@code heading} up to the next heading of its level or above (not counting lines in code blocks). */
    public static String section(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int from = lines.indexOf(heading);
        if (from < 0) {
            throw new SedException("the user guide has no section \"" + heading + "\"");
        }
        int level = heading.indexOf(' ');
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (String line : lines.subList(from + 1, lines.size())) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code && line.startsWith("#") && line.indexOf(' ') > 0 && line.indexOf(' ') <= level
                    && line.substring(0, line.indexOf(' ')).chars().allMatch(c -> c == '#')) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }

    /**
     * The section as paragraphs: hard-wrapped lines joined, a bullet item ("- ") its own paragraph, pictures left
     * out (the window shows text only).
     */
    public static List<String> paragraphs(String section) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String line : section.lines().toList()) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("- ") || t.startsWith("![")) {
                flush(p, out);
            }
            if (t.startsWith("![")) {
                continue;
            }
            if (t.startsWith("- ")) {
                t = "• " + t.substring(2);
            }
            if (!t.isEmpty()) {
                p.append(p.length() == 0 ? "" : " ").append(t);
            }
        }
        flush(p, out);
        return out;
    }

    private static void flush(StringBuilder p, List<String> out) {
        if (p.length() > 0) {
            out.add(p.toString());
            p.setLength(0);
        }
    }

    /** One paragraph as text runs: bold, code and italic marks become styles, links their text. */
    static TextFlow flow(String paragraph) {
        TextFlow flow = new TextFlow();
        Matcher m = INLINE.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            flow.getChildren().add(new Text(paragraph.substring(at, m.start())));
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            Text run = new Text(m.group(group));
            run.getStyleClass().add(switch (group) {
                case 1 -> "help-bold";
                case 2 -> "help-code";
                case 3 -> "help-italic";
                default -> "help-link";
            });
            flow.getChildren().add(run);
            at = m.end();
        }
        flow.getChildren().add(new Text(paragraph.substring(at)));
        return flow;
    }

    public static Stage show(Window owner) {
        VBox body = new VBox(10);
        body.getStyleClass().add("help-body");
        Text title = new Text(HEADING.substring(3));
        title.getStyleClass().add("help-heading");
        body.getChildren().add(title);
        for (String p : paragraphs(section(readme(), HEADING))) {
            body.getChildren().add(flow(p));
        }
        return HelpWindow.show(owner, "User guide", "userGuide", body);
    }
}

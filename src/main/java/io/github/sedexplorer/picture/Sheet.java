package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Cell pictures laid out for export, side by side with a title over each (DARTS: normal and reduce),
 * and a caption under them, wrapped to the sheet's width. Coordinates are absolute: writers draw
 * every glyph where it is, with no transforms.
 */
public record Sheet(List<Panel> panels, List<String> caption, Box bounds) {

    public static final double TITLE_FONT = 15;
    public static final double CAPTION_FONT = 13;
    public static final double CAPTION_LINE = 19;
    public static final double MARGIN = 28;
    private static final double GAP = 64;

    /** One picture in place, with its title's baseline centre (null for no title). */
    public record Panel(String title, Pt titleAt, CellPicture picture) {
    }

    public Sheet {
        panels = List.copyOf(panels);
        caption = List.copyOf(caption);
    }

    /**
     * @param titles one per picture, null or "" for none
     * @param caption lines under the pictures; each is wrapped to the sheet's width
     */
    public static Sheet of(List<CellPicture> pictures, List<String> titles, List<String> caption) {
        List<Panel> panels = new ArrayList<>();
        boolean anyTitle = titles.stream().anyMatch(t -> t != null && !t.isEmpty());
        double top = anyTitle ? TITLE_FONT + 12 : 0;
        double x = 0;
        double bottom = top;
        for (int i = 0; i < pictures.size(); i++) {
            CellPicture p = pictures.get(i);
            Box b = p.bounds();
            CellPicture moved = p.shifted(x - b.minX(), top - b.minY());
            String title = i < titles.size() && titles.get(i) != null ? titles.get(i) : "";
            panels.add(new Panel(title, title.isEmpty() ? null : new Pt(x + b.width() / 2, TITLE_FONT), moved));
            x += b.width() + GAP;
            bottom = Math.max(bottom, top + b.height());
        }
        double width = Math.max(420, pictures.isEmpty() ? 0 : x - GAP);
        double maxChars = width / (CAPTION_FONT * 0.58);
        List<String> lines = new ArrayList<>();
        for (String line : caption) {
            if (line != null && !line.isEmpty()) {
                lines.addAll(wrap(line, (int) maxChars));
            }
        }
        double height = bottom + (lines.isEmpty() ? 0 : 14 + lines.size() * CAPTION_LINE);
        return new Sheet(panels, lines, new Box(-MARGIN, -MARGIN, width + MARGIN, height + MARGIN));
    }

    /** A document's cells in the editor's style, DARTS's normal and reduce side by side, with a caption. */
    public static Sheet of(CellDocument doc, List<String> caption) {
        List<CellPicture> pictures = new ArrayList<>();
        for (int i = 0; i < doc.architecture().cells().size(); i++) {
            pictures.add(CellGeometry.of(doc.architecture().cells().get(i), doc.layout(i), PictureStyle.EDITOR));
        }
        return of(doc.architecture(), pictures, caption);
    }

    /** An architecture's cells, one picture each in cell order, titled by cell ("normal cell") when there are several. */
    public static Sheet of(Architecture a, List<CellPicture> pictures, List<String> caption) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < a.cells().size(); i++) {
            titles.add(a.cells().size() > 1 ? a.cellName(i) + " cell" : "");
        }
        return of(pictures, titles, caption);
    }

    /** Where caption line i's baseline starts (left-aligned). */
    public Pt captionAt(int line) {
        double bottom = panels.stream().mapToDouble(p -> p.picture().bounds().maxY()).max().orElse(0);
        return new Pt(0, bottom + 14 + CAPTION_FONT + line * CAPTION_LINE);
    }

    /**
     * Breaks a line into lines of at most max characters: after a " · " separator where one fits,
     * else at a space, else anywhere (a word too long), so "score 1.23" stays together.
     */
    public static List<String> wrap(String line, int max) {
        List<String> out = new ArrayList<>();
        String rest = line;
        int limit = Math.max(20, max);
        while (rest.codePointCount(0, rest.length()) > limit) {
            int end = rest.offsetByCodePoints(0, limit);
            int dot = rest.lastIndexOf(" · ", end - 2);
            int cut = dot > limit / 3 ? dot + 2 : rest.lastIndexOf(' ', end);
            if (cut <= 0) {
                cut = rest.offsetByCodePoints(0, limit);
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}

package io.github.sedexplorer.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SedException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The user guide is the README's editor section, found in the README the app ships with. */
class UserGuideTest {

    @Test
    void theShippedReadmeHasANonEmptyEditorSection() {
        String section = UserGuide.section(UserGuide.readme(), UserGuide.HEADING);
        assertFalse(section.isBlank());
        assertTrue(section.startsWith("Open a cell"), section);
        assertTrue(section.contains("Undo/Redo"), section);
        assertFalse(section.contains("## Cell pictures"), "the section ends at the next heading");
        List<String> paragraphs = UserGuide.paragraphs(section);
        assertTrue(paragraphs.size() >= 5, paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("• **Edit**: drag from a node's dot")), paragraphs.toString());
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("![")), "pictures are left out");
    }

    @Test
    void aSectionEndsAtAHeadingOfItsLevelOutsideCode() {
        String md = "# Top\n## A\none\n### A.1\ntwo\n```\n## not a heading\n```\nthree\n## B\nfour\n";
        assertEquals("one\n### A.1\ntwo\n```\n## not a heading\n```\nthree", UserGuide.section(md, "## A"));
        assertEquals("four", UserGuide.section(md, "## B"));
        assertThrows(SedException.class, () -> UserGuide.section(md, "## C"));
    }

    @Test
    void hardWrappedLinesJoinAndBulletsStandAlone() {
        assertEquals(List.of("A long line wrapped.", "• item one continued", "• item two", "After."),
                UserGuide.paragraphs("A long line\nwrapped.\n\n- item one\n  continued\n- item two\n\n![pic](x.png)\n\nAfter."));
    }
}

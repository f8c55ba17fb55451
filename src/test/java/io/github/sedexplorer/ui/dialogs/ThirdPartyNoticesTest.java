package io.github.sedexplorer.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.SampleTables;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Help → Third-party notices splits the notice into headings, paragraphs and licence texts kept line by line. */
class ThirdPartyNoticesTest {

    @Test
    void headingsParagraphsAndCodeBlocksAreBlocksOfTheirOwn() {
        String md = "# Title\n\nOne line\nand its wrap.\n\n## LICENSE-x.txt\n\n```\nMIT License\n\nCopyright (c) 2021 x\n```\n";
        assertEquals(List.of("# Title", "One line\nand its wrap.", "## LICENSE-x.txt", "```\nMIT License\n\nCopyright (c) 2021 x"),
                ThirdPartyNotices.blocks(md));
    }

    /** Line breaks in the notice's source are only wrapping: a paragraph reads as one line, each item as one bullet. */
    @Test
    void paragraphsAndItemsReadWithoutTheSourcesLineBreaks() {
        assertEquals("SED Explorer ships six tables so its charts work.",
                ThirdPartyNotices.prose("SED Explorer ships six tables\nso its charts work."));
        assertEquals("• Holds: every cell with its `score`\n• Source: a repository, commit a1aa24c".replace("`", ""),
                ThirdPartyNotices.prose("- Holds: every cell\n  with its `score`\n- Source: a repository,\n  commit a1aa24c"));
    }

    @Test
    void theShippedNoticeEndsWithEachLicenceTextWhole() {
        List<String> blocks = ThirdPartyNotices.blocks(SampleTables.notices());
        assertEquals("# Third-party notices: the sample tables", blocks.get(0));
        int apache = blocks.indexOf("## LICENSE-NASLib.txt");
        assertTrue(apache > 0, blocks.toString());
        String text = blocks.get(apache + 1);
        assertTrue(text.startsWith("```\n                                 Apache License\n"), text);
        assertTrue(text.endsWith("limitations under the License."), "the whole text, blank lines and all, in one block");
    }
}

package io.github.sedexplorer.cli;

import io.github.sedexplorer.microscope.LocalMcModel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sed-local-mc through the CLI: named, it scores and correlates; unnamed, nothing changes; always labelled measured. */
class LocalMcCommandTest {

    @Test
    void scoreNamesItMeasuredOnStderrAndKeepsTheCsv() {
        ScoreCommandTest.Run r = ScoreCommandTest.run("|nor_conv_3x3~0|+|none~0|skip_connect~1|+|none~0|none~1|skip_connect~2|\n"
                + "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|\n", "score", "--space", "nb201", "--model", LocalMcModel.ID);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(LocalMcModel.PROVENANCE), r.err());
        assertEquals("arch,score,connected,params", r.lines().get(0));
        assertTrue(r.lines().get(1).endsWith(",true,2304"), r.lines().get(1));
        assertTrue(r.lines().get(2).contains(",-inf,false,"), r.lines().get(2));
    }

    @Test
    void searchLabelsItMeasuredToo() {
        ScoreCommandTest.Run r = ScoreCommandTest.run("", "search", "--space", "transnas", "--model", LocalMcModel.ID,
                "--algorithm", "random", "--samples", "20", "--top", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(LocalMcModel.PROVENANCE), r.err());
        assertEquals(3, r.lines().size(), r.out());
    }

    @Test
    void correlateTakesItWhenNamedOnly() {
        ScoreCommandTest.Run named = ScoreCommandTest.run("", "correlate", "--table", "tnb101-micro-naslib", "--proxy", LocalMcModel.ID,
                "--target", "class_scene_val");
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().contains("sed-local-mc  class_scene_val"), named.out());
        assertTrue(named.out().contains("proxy    sed-local-mc: " + LocalMcModel.PROVENANCE), named.out());
        ScoreCommandTest.Run plain = ScoreCommandTest.run("", "correlate", "--table", "tnb101-micro-naslib", "--target", "class_scene_val");
        assertFalse(plain.out().contains(LocalMcModel.ID), plain.out());
    }
}

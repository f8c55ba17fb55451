package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFieldsTest {

    @Test
    void aFieldIsQuotedOnlyWhenItMustBeAndReadsBackAsItWas(@TempDir Path dir) throws IOException {
        assertEquals("plain text", CsvFields.quote("plain text"));
        assertEquals("\"a,b\"", CsvFields.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFields.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvFields.quote("two\nlines"));
        Path f = dir.resolve("t.csv");
        String arch = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        Files.writeString(f, "arch," + CsvFields.quote("note, \"quoted\"") + "\n" + arch + ",1\n");
        assertEquals(List.of("note, \"quoted\""), TableReader.read(f).metricNames());
    }
}

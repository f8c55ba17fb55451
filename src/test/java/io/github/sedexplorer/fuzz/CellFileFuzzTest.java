package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModels;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cell files of every space ({@link CellFile#read(String)} and {@link CellFile#read(Path)}): only the domain
 * error escapes, and its message is short (the app shows it in a dialog; no command reads cell files); a
 * document that reads scores, writes, and reads back equal; text and file reading agree; a valid file reads.
 */
@ExtendWith(FuzzReport.class)
class CellFileFuzzTest {

    static final String PART = "cell";

    @TempDir
    Path dir;

    @Test
    void cellFiles() {
        Path file = dir.resolve("cell.json");
        Fuzzer.run("cell-file", CellFileFuzzTest::input, in -> check(file, in));
    }

    static FuzzInput input(SplittableRandom r, int number) {
        SearchSpace s = Seeds.FILE_SPACES.get(r.nextInt(Seeds.FILE_SPACES.size()));
        String seed = Seeds.cellFile(s, r);
        String head = "{\"format\": \"sed-explorer-cell\", \"version\": 1, \"space\": \"free\", \"cells\": [{\"name\": \"cell\", ";
        return switch (number) {
            case 0 -> JsonFileInputs.edge(PART, "", "empty");
            case 1 -> JsonFileInputs.edge(PART, "{}", "empty object");
            case 2 -> JsonFileInputs.edge(PART, seed, "seed " + s.id());
            case 3 -> JsonFileInputs.edge(PART, "[".repeat(100_000), "100,000 nested arrays");
            case 4 -> JsonFileInputs.edge(PART, seed.replace("\"version\": 1", "\"version\": 1e400"), "version 1e400");
            case 5 -> JsonFileInputs.edge(PART, seed.replace("\"version\": 1", "\"version\": 9223372036854775808"), "version 2^63");
            case 6 -> JsonFileInputs.edge(PART, seed.replaceFirst("\"x\": [0-9.]+", "\"x\": 1e400"), "position 1e400");
            case 7 -> JsonFileInputs.edge(PART, head + "\"nodes\": [{\"id\": 0, \"role\": \"input\"}, {\"id\": 2147483648, \"role\": \"output\"}], "
                    + "\"edges\": [{\"from\": 0, \"to\": 2147483648, \"op\": \"conv_3x3\"}]}]}", "node id 2^31");
            case 8 -> JsonFileInputs.edge(PART, head + "\"nodes\": [{\"id\": 0, \"role\": \"input\"}, {\"id\": 1, \"role\": \"output\"}], "
                    + "\"edges\": [{\"from\": 0, \"to\": 1, \"op\": \"conv_999999999999x3\"}]}]}", "huge kernel");
            case 9 -> JsonFileInputs.edge(PART, freeCell(1_000), "1,000-node free cell");
            case 10 -> JsonFileInputs.edge(PART, freeCell(1_001), "1,001-node free cell");
            case 11 -> JsonFileInputs.edge(PART, seed + "{}", "trailing object");
            case 12 -> JsonFileInputs.edge(PART, "\uFEFF" + seed, "BOM");
            case 13 -> JsonFileInputs.edge(PART, seed.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + "\\u001b[2J".repeat(30_000) + "\""),
                    "title of 30,000 ESC sequences");
            case 14 -> JsonFileInputs.edge(PART, seed.replaceFirst("\"space\": \"[a-z0-9]+\"", "\"space\": \"" + "x".repeat(200_000) + "\""),
                    "200 KB space name");
            default -> JsonFileInputs.make(PART, seed, r, "cell file " + s.id());
        };
    }

    /** A chain of n nodes: input, n - 2 skips, output. */
    private static String freeCell(int n) {
        StringBuilder sb = new StringBuilder("{\"format\": \"sed-explorer-cell\", \"version\": 1, \"space\": \"free\", \"cells\": [{\"name\": \"cell\", \"nodes\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"id\": ").append(i).append(", \"role\": \"")
                    .append(i == 0 ? "input" : i == n - 1 ? "output" : "intermediate").append("\"}");
        }
        sb.append("], \"edges\": [");
        for (int i = 0; i + 1 < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"from\": ").append(i).append(", \"to\": ").append(i + 1).append(", \"op\": \"conv_3x3\"}");
        }
        return sb.append("]}]}").toString();
    }

    static void check(Path file, FuzzInput in) {
        byte[] bytes = in.bytes(PART);
        String text = new String(bytes, StandardCharsets.UTF_8);
        TableChecks.write(file, bytes);
        Checks.Outcome<CellDocument> fromText = Checks.domain("CellFile.read(String)", () -> CellFile.read(text));
        Checks.Outcome<CellDocument> fromFile = Checks.domain("CellFile.read(Path)", () -> CellFile.read(file));
        if (!fromText.ok()) {
            Checks.shortMessage("cell-file", fromText.error());
        }
        if (!fromFile.ok()) {
            Checks.shortMessage("cell-file", fromFile.error());
        }
        if (in.how().startsWith(Fuzzer.VALID)) {
            Checks.require(fromFile.ok(), "cell-file: a valid cell file is refused", fromFile.ok() ? "" : fromFile.error().getMessage());
        }
        if (Shapes.strictUtf8(bytes) != null) {
            Checks.require(fromText.ok() == fromFile.ok(), "cell-file: CellFile.read(text) and read(path) disagree",
                    (fromText.ok() ? "text reads" : "text: " + fromText.error().getMessage()) + " / "
                            + (fromFile.ok() ? "file reads" : "file: " + fromFile.error().getMessage()));
        }
        if (!fromText.ok()) {
            return;
        }
        CellDocument doc = fromText.value();
        Checks.run("SedModel.score(cell file)", () -> {
            for (String id : SedModels.ids()) {
                SedModels.create(id, doc.architecture().space().defaultChannels()).score(doc.architecture());
            }
        });
        Checks.Outcome<String> written = Checks.domain("CellFile.write", () -> CellFile.write(doc));
        Checks.require(written.ok(), "cell-file: a document that reads does not write", written.ok() ? "" : written.error().getMessage());
        Checks.Outcome<CellDocument> back = Checks.domain("CellFile.read(write)", () -> CellFile.read(written.value()));
        Checks.require(back.ok() && back.value().equals(doc), "cell-file: write(read(file)) does not read back equal",
                back.ok() ? "documents differ" : back.error().getMessage());
    }
}

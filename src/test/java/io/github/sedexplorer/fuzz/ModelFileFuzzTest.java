package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.SedModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files ({@link ModelFile#read(String)} and {@link ModelFile#readFile}): only the domain error escapes; a
 * model that reads scores every space's cells, writes, and reads back equal; text and file reading agree; a valid
 * file reads.
 */
@ExtendWith(FuzzReport.class)
class ModelFileFuzzTest {

    static final String PART = "model";

    @TempDir
    Path dir;

    @Test
    void modelFiles() {
        Path file = dir.resolve("model.json");
        Fuzzer.run("model-file", ModelFileFuzzTest::input, in -> check(file, in));
    }

    static FuzzInput input(SplittableRandom r, int number) {
        String seed = Seeds.modelFile(r);
        String head = "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"m\", \"aggregation\": \"path\", ";
        return switch (number) {
            case 0 -> JsonFileInputs.edge(PART, "", "empty");
            case 1 -> JsonFileInputs.edge(PART, "{}", "empty object");
            case 2 -> JsonFileInputs.edge(PART, seed, "seed");
            case 3 -> JsonFileInputs.edge(PART, head + "\"channels\": 1e400, \"deltas\": {}}", "channels 1e400");
            case 4 -> JsonFileInputs.edge(PART, head + "\"channels\": 2147483648, \"deltas\": {}}", "channels 2^31");
            case 5 -> JsonFileInputs.edge(PART, head + "\"channels\": 99999999999999999999999, \"deltas\": {}}", "channels big integer");
            case 6 -> JsonFileInputs.edge(PART, head.replace("\"version\": 1", "\"version\": 99999999999999999999") + "\"channels\": 2, \"deltas\": {}}",
                    "version big integer");
            case 7 -> JsonFileInputs.edge(PART, head + "\"channels\": 2, \"deltas\": {\"" + "conv_3x3".repeat(12_500) + "\": 1}}", "100 KB key");
            case 8 -> JsonFileInputs.edge(PART, head + "\"channels\": 2, \"deltas\": " + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001),
                    "5,000 nested objects");
            case 9 -> JsonFileInputs.edge(PART, seed + "}", "trailing brace");
            case 10 -> JsonFileInputs.edge(PART, "\uFEFF" + seed, "BOM");
            case 11 -> JsonFileInputs.edge(PART, head + "\"channels\": 2, \"deltas\": {\"conv_3x3\": 1e400}}", "delta 1e400");
            case 12 -> JsonFileInputs.edge(PART, head.replace("\"m\"", "\"\\u001b[31m\"") + "\"channels\": 2, \"deltas\": {}}", "ESC in the name");
            case 13 -> JsonFileInputs.edge(PART, head + "\"channels\": 2, \"deltas\": {\"conv_99x99\": 1, \"conv_3x3\": 1, \"nor_conv_3x3\": 2}}",
                    "one op twice, under two names");
            case 14 -> JsonFileInputs.edge(PART, head + "\"channels\": 2147483647, \"deltas\": {\"\\u001b]0;x\\u0007" + "a".repeat(200_000) + "\": 1}}",
                    "ESC and 200 KB in an op name");
            default -> JsonFileInputs.make(PART, seed, r, "model file");
        };
    }

    static void check(Path file, FuzzInput in) {
        byte[] bytes = in.bytes(PART);
        String text = new String(bytes, StandardCharsets.UTF_8);
        TableChecks.write(file, bytes);
        Checks.Outcome<ModelSpec> fromText = Checks.domain("ModelFile.read", () -> ModelFile.read(text));
        Checks.Outcome<ModelSpec> fromFile = Checks.domain("ModelFile.readFile", () -> ModelFile.readFile(file));
        if (in.how().startsWith(Fuzzer.VALID)) {
            Checks.require(fromFile.ok(), "model-file: a valid model file is refused", String.valueOf(fromFile.ok() ? "" : fromFile.error().getMessage()));
        }
        if (Shapes.strictUtf8(bytes) != null) {
            Checks.require(fromText.ok() == fromFile.ok(), "model-file: ModelFile.read(text) and readFile(path) disagree",
                    (fromText.ok() ? "text reads" : "text: " + fromText.error().getMessage()) + " / "
                            + (fromFile.ok() ? "file reads" : "file: " + fromFile.error().getMessage()));
        }
        if (!fromText.ok()) {
            return;
        }
        ModelSpec spec = fromText.value();
        Checks.run("ModelSpec.model().score", () -> {
            SedModel model = spec.model();
            SplittableRandom r = new SplittableRandom(bytes.length);
            for (SearchSpace s : Seeds.FILE_SPACES) {
                Architecture a = Seeds.architecture(s, r);
                model.score(a);
            }
        });
        Checks.Outcome<String> written = Checks.domain("ModelFile.write", () -> ModelFile.write(spec));
        Checks.require(written.ok(), "model-file: a model that reads does not write", written.ok() ? "" : written.error().getMessage());
        Checks.Outcome<ModelSpec> back = Checks.domain("ModelFile.read(write)", () -> ModelFile.read(written.value()));
        Checks.require(back.ok() && back.value().equals(spec), "model-file: write(read(file)) does not read back equal",
                back.ok() ? back.value() + " vs " + spec : back.error().getMessage());
    }
}

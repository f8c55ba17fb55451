package io.github.sedexplorer.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inputs for the JSON documents the program reads whole (model files, cell files): a valid seed left as it is,
 * mutated as a JSON tree (still JSON, values and keys odd), mutated as text, broken at the byte level, or random.
 */
final class JsonFileInputs {

    private JsonFileInputs() {
    }

    static FuzzInput make(String part, String seed, SplittableRandom r, String what) {
        int mode = r.nextInt(100);
        Mutator m = new Mutator(r, List.of(seed));
        if (mode < 8) {
            return FuzzInput.ofBytes(part, seed.getBytes(StandardCharsets.UTF_8), Fuzzer.VALID + " " + what);
        } else if (mode < 48) {
            JsonNode tree;
            try {
                tree = Seeds.JSON.readTree(seed);
            } catch (IOException e) {
                throw new IllegalStateException("a seed that is not JSON: " + seed, e);
            }
            new JsonMutator(m).mutate(tree);
            String text = r.nextBoolean() ? Seeds.pretty(tree) : Seeds.json(tree);
            return FuzzInput.ofBytes(part, m.toBytes(text, 10), what + " tree-mutated: " + String.join(", ", m.log));
        } else if (mode < 94) {
            return FuzzInput.ofBytes(part, m.toBytes(m.mutate(seed), 8), what + " text-mutated: " + String.join(", ", m.log));
        } else if (mode < 97) {
            return FuzzInput.ofBytes(part, m.toBytes(m.randomText(1000), 0), "random text");
        }
        return FuzzInput.ofBytes(part, m.randomBytes(1000), "random bytes");
    }

    static FuzzInput edge(String part, String text, String how) {
        return FuzzInput.ofBytes(part, text.getBytes(StandardCharsets.UTF_8), "edge: " + how);
    }
}

package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Score lines through the core ({@link ArchitectureFormats#forSpace}): NB201 arch strings, TransNAS strings and
 * codes, NB101 spec JSON, DARTS genotypes. Parsing throws only the domain error; a parsed architecture scores
 * under every model, counts its parameters and formats to text that parses back to it; a valid line parses.
 */
@ExtendWith(FuzzReport.class)
class ScoreLineFuzzTest {

    @Test
    void nb201() {
        fuzz(SearchSpace.NB201);
    }

    @Test
    void transnas() {
        fuzz(SearchSpace.TRANSNAS_MICRO);
    }

    @Test
    void nb101() {
        fuzz(SearchSpace.NB101);
    }

    @Test
    void darts() {
        fuzz(SearchSpace.DARTS);
    }

    private static void fuzz(SearchSpace s) {
        String path = "score-line/" + s.id();
        Fuzzer.run(path, 5, (r, i) -> LineInputs.make(s, r, i), in -> check(path, s, in));
    }

    static void check(String path, SearchSpace s, FuzzInput in) {
        ArchitectureFormat format = ArchitectureFormats.forSpace(s);
        String text = in.text(LineInputs.PART);
        Checks.Outcome<Architecture> o = Checks.domain(format.name() + ".parse", () -> format.parse(text));
        if (in.how().startsWith(Fuzzer.VALID)) {
            Checks.require(o.ok(), path + ": a valid line is refused", o.ok() ? "" : String.valueOf(o.error().getMessage()));
        }
        if (!o.ok()) {
            return;
        }
        Architecture a = o.value();
        Checks.run("SedModel.score / ParamCount.of", () -> {
            for (String id : SedModels.ids()) {
                SedModels.create(id, s.defaultChannels()).score(a);
            }
            ParamCount.of(a, s.defaultChannels());
        });
        Checks.Outcome<String> f = Checks.domain(format.name() + ".format", () -> format.format(a));
        Checks.require(f.ok(), path + ": a parsed architecture does not format", f.ok() ? "" : String.valueOf(f.error().getMessage()));
        Checks.Outcome<Architecture> back = Checks.domain(format.name() + ".parse(format)", () -> format.parse(f.value()));
        Checks.require(back.ok() && back.value().equals(a), path + ": format(parse(line)) does not parse back to the same architecture",
                back.ok() ? Render.text(f.value(), 300) : String.valueOf(back.error().getMessage()));
    }
}

package io.github.sedexplorer.fuzz;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * (d) The import dialog's plain logic, without JavaFX: the pasted text is parsed as the dialog does (stripped, the
 * space's one-line format) and, when it is refused, {@code ui.dialogs.TextSpot} locates the error in the text as
 * pasted, restates its position and draws the caret excerpt. TextSpot is package-private, so it is reached by
 * reflection. Nothing may throw, and the spot must lie inside the text.
 */
@ExtendWith(FuzzReport.class)
class PasteFuzzTest {

    private static final Method LOCATE;
    private static final Method SHIFT;
    private static final Method INDEX;
    private static final Method POSITION;
    private static final Method MARKER;

    static {
        try {
            Class<?> spot = Class.forName("io.github.sedexplorer.ui.dialogs.TextSpot");
            LOCATE = spot.getDeclaredMethod("locate", SedException.class, String.class);
            SHIFT = spot.getDeclaredMethod("shift", int.class);
            INDEX = spot.getDeclaredMethod("index");
            POSITION = spot.getDeclaredMethod("position", String.class);
            MARKER = spot.getDeclaredMethod("marker", String.class, int.class);
            for (Method m : new Method[] {LOCATE, SHIFT, INDEX, POSITION, MARKER}) {
                m.setAccessible(true);
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void pastedText() {
        Fuzzer.run("paste", 2, PasteFuzzTest::input, PasteFuzzTest::check);
    }

    static FuzzInput input(SplittableRandom r, int number) {
        SearchSpace s = Seeds.LINE_SPACES.get(r.nextInt(Seeds.LINE_SPACES.size()));
        FuzzInput line = LineInputs.make(s, r, number);
        String text = line.text(LineInputs.PART);
        if (r.nextInt(3) == 0) {
            // pasted text spans lines and has whitespace around it
            text = "\n  " + text.replace(",", r.nextBoolean() ? ",\n " : ",\r\n\t") + "\n\n";
        }
        return FuzzInput.ofText("text", text, s.id() + " " + line.how()).withArgs(java.util.List.of(s.id()));
    }

    static void check(FuzzInput in) throws IllegalAccessException {
        SearchSpace s = SearchSpace.byId(in.args().get(0)).orElseThrow();
        String text = in.text("text");
        String body = text.strip();
        if (body.isEmpty()) {
            return;
        }
        Checks.Outcome<Architecture> o = Checks.domain("PasteFormat.format().parse", () -> ArchitectureFormats.forSpace(s).parse(body));
        if (o.ok()) {
            return;
        }
        int lead = text.length() - text.stripLeading().length();
        Checks.run("TextSpot", () -> {
            try {
                Optional<?> spot = (Optional<?>) LOCATE.invoke(null, o.error(), text.substring(lead));
                if (spot.isPresent()) {
                    Object shifted = SHIFT.invoke(spot.get(), lead);
                    int index = (Integer) INDEX.invoke(shifted);
                    Checks.require(index >= 0 && index <= text.length(), "paste: the error spot lies outside the text",
                            index + " in " + text.length() + " chars; " + o.error().getMessage());
                    POSITION.invoke(shifted, text);
                    String marker = (String) MARKER.invoke(shifted, text, 20);
                    Checks.require(marker.length() <= 200, "paste: the caret excerpt is long", marker.length() + " chars");
                }
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
            }
        });
    }
}

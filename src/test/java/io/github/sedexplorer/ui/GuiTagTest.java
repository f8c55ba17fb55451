package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every test class that drives the toolkit (a TestFX {@code @Start}/{@code @Init}/{@code @Stop} method or an
 * {@link FxRobot} parameter) carries {@link GuiTest}, so {@code -DexcludedGroups=gui} leaves out all of them and
 * only them.
 */
class GuiTagTest {

    @Test
    void everyTestClassThatDrivesTheToolkitIsTaggedGui() throws Exception {
        List<Class<?>> classes = testClasses();
        assertTrue(classes.size() > 50, "found the test classes: " + classes.size());
        List<String> untagged = classes.stream().filter(GuiTagTest::drivesTheToolkit)
                .filter(c -> !c.isAnnotationPresent(GuiTest.class)).map(Class::getName).toList();
        assertEquals(List.of(), untagged, "drive the toolkit but are not @GuiTest");
        List<String> idle = classes.stream().filter(c -> c.isAnnotationPresent(GuiTest.class))
                .filter(c -> !drivesTheToolkit(c)).map(Class::getName).toList();
        assertEquals(List.of(), idle, "@GuiTest but never touch the toolkit: they belong in the fast core");
    }

    private static boolean drivesTheToolkit(Class<?> c) {
        return Arrays.stream(c.getDeclaredMethods()).anyMatch(GuiTagTest::drivesTheToolkit);
    }

    private static boolean drivesTheToolkit(Method m) {
        return Arrays.stream(m.getAnnotations())
                .anyMatch(a -> a.annotationType().getPackageName().equals("org.testfx.framework.junit5"))
                || Arrays.asList(m.getParameterTypes()).contains(FxRobot.class);
    }

    /** The top-level classes under target/test-classes, loaded without running their initialisers. */
    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(GuiTagTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .<Class<?>>map(GuiTagTest::load).filter(c -> !c.isAnnotation()).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GuiTagTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

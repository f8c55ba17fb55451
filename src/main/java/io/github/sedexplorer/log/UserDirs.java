package io.github.sedexplorer.log;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where SED Explorer keeps its own files for this user (the error log, the editor's recovery journal):
 * {@code $XDG_DATA_HOME/sed-explorer} (default {@code ~/.local/share/sed-explorer}) on Linux,
 * {@code ~/Library/Application Support/SED Explorer} on macOS, {@code %LOCALAPPDATA%\SED Explorer} on Windows.
 * The system property {@code sed.data} overrides it (the tests point it into {@code target/}).
 */
public final class UserDirs {

    private UserDirs() {
    }

    public static Path data() {
        String forced = System.getProperty("sed.data");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("SED Explorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SED Explorer");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share")
                : Path.of(xdg)).resolve("sed-explorer");
    }
}

package dev.ridgeline.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last few scenario files opened or saved, most recent first, kept in the user's preferences. */
public final class RecentFiles {
    static final int LIMIT = 8;
    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    public static RecentFiles standard() {
        return new RecentFiles(Preferences.userRoot().node("dev/ridgeline/recent"));
    }

    /** The list, with files that no longer exist left out. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get("file" + i, null);
            if (value != null && Files.isRegularFile(Path.of(value))) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                preferences.put("file" + i, files.get(i).toString());
            } else {
                preferences.remove("file" + i);
            }
        }
    }
}

package nl.schaalsprong.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Deleting a directory tree: what a throwaway stack leaves and what a fresh start clears. */
final class Directories {

    private Directories() {
    }

    /** Deletes {@code directory} and everything in it; nothing happens when it does not exist. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

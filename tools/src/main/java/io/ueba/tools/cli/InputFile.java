package io.ueba.tools.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file a command is told to read, checked before any work, and what to say when one cannot be used. */
final class InputFile {

    private InputFile() {}

    /** The file, when it exists, is a file and can be read; otherwise an exception that {@link #describe} words. */
    static Path readable(String name) throws FileSystemException {
        Path path = Path.of(name);
        if (Files.exists(path) == false) {
            throw new NoSuchFileException(name);
        }
        if (Files.isRegularFile(path) == false) {
            throw new FileSystemException(name, null, "not a file");
        }
        if (Files.isReadable(path) == false) {
            throw new AccessDeniedException(name);
        }
        return path;
    }

    /** Plain words for a file that could not be used, read or written, naming it: never a Java exception's name. */
    static String describe(FileSystemException e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file: " + missing.getFile();
            case AccessDeniedException denied -> "permission denied: " + denied.getFile();
            default -> (e.getReason() == null ? "cannot open" : e.getReason()) + ": " + e.getFile();
        };
    }
}

package io.decibench.plugin.results;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in words why a file could not be written, and checks before a long run that the folders it writes to take a
 * file: a run that measures for minutes and then fails on "Operation not permitted" has wasted the minutes.
 */
public final class FileAccess {

    private FileAccess() {
    }

    /**
     * Whether {@code dir} exists (or can be created) and takes a new file.
     *
     * @param holds what Decibench keeps there, e.g. {@code each fork's log and JSON}
     * @param property the parameter that moves it, e.g. {@code decibench.resultsDirectory}
     * @return the message naming the folder, the reason and the fix; empty when the folder is writable
     */
    public static Optional<String> problem(Path dir, String holds, String property) {
        Path absolute = dir.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".decibench-write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("Cannot write to " + absolute + " (" + reason(e) + "), where Decibench keeps " + holds
                    + ". Fix: make the folder writable for this user (e.g. chmod u+w " + absolute + ") or point "
                    + property + " to a folder that is.");
        }
    }

    /** The reason for an I/O failure in words, e.g. {@code permission denied} or {@code the disk is full}. */
    public static String reason(Exception e) {
        String detail = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "the disk is full: " + detail;
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (lower.contains("operation not permitted")) {
            return "the operation is not permitted: the folder may be owned by another user, immutable or on a"
                    + " mount that forbids writing";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException nsf) {
            return "no such file or folder: " + nsf.getFile();
        }
        if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way where a folder should be: " + ((FileSystemException) e).getFile();
        }
        return detail;
    }
}

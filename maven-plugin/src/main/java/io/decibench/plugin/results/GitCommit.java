package io.decibench.plugin.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the commit a project is checked out at by reading the git metadata itself (HEAD, loose refs,
 * packed-refs, linked worktrees), so it needs no git executable.
 */
public final class GitCommit {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {
    }

    /** The HEAD commit of the repository containing {@code projectDir}, or null when there is none. */
    public static String find(Path projectDir) {
        try {
            for (Path dir = projectDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return resolveHead(dotGit, dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    return fromGitFile(dir, dotGit);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable or unexpected metadata: no commit is better than a failed benchmark.
            return null;
        }
        return null;
    }

    /** A worktree or submodule: ".git" is a file "gitdir: <path>", shared refs live in its commondir. */
    private static String fromGitFile(Path workDir, Path gitFile) throws IOException {
        String content = Files.readString(gitFile, StandardCharsets.UTF_8).strip();
        if (!content.startsWith("gitdir:")) {
            return null;
        }
        Path gitDir = workDir.resolve(content.substring("gitdir:".length()).strip()).normalize();
        Path commonDir = gitDir;
        Path commonFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonFile)) {
            commonDir = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip()).normalize();
        }
        return resolveHead(gitDir, commonDir);
    }

    private static String resolveHead(Path gitDir, Path commonDir) throws IOException {
        Path head = gitDir.resolve("HEAD");
        if (!Files.isRegularFile(head)) {
            return null;
        }
        String ref = Files.readString(head, StandardCharsets.UTF_8).strip();
        for (int depth = 0; depth < 10; depth++) {
            if (HASH.matcher(ref).matches()) {
                return ref;
            }
            if (!ref.startsWith("ref:")) {
                return null;
            }
            String name = ref.substring("ref:".length()).strip();
            String next = looseRef(gitDir, name);
            if (next == null) {
                next = looseRef(commonDir, name);
            }
            if (next == null) {
                return packedRef(commonDir, name);
            }
            ref = next;
        }
        return null;
    }

    private static String looseRef(Path dir, String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            return null;
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    private static String packedRef(Path commonDir, String name) throws IOException {
        Path packed = commonDir.resolve("packed-refs");
        if (!Files.isRegularFile(packed)) {
            return null;
        }
        List<String> lines = Files.readAllLines(packed, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("^")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(space + 1).strip().equals(name)) {
                String hash = line.substring(0, space);
                return HASH.matcher(hash).matches() ? hash : null;
            }
        }
        return null;
    }
}

package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    private static final String A = "3f2a9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b";
    private static final String B = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    @Test
    void followsHeadToALooseBranchRefFromASubfolder() throws Exception {
        Path git = Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), A + "\n");
        Path module = Files.createDirectories(dir.resolve("module/sub"));
        assertThat(GitCommit.find(module)).isEqualTo(A);
    }

    @Test
    void readsPackedRefsWhenTheBranchIsNotLoose() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + B + " refs/heads/feature\n" + A + " refs/heads/main\n^" + B + "\n");
        assertThat(GitCommit.find(dir)).isEqualTo(A);
    }

    @Test
    void detachedHeadIsTheCommitItself() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), B + "\n");
        assertThat(GitCommit.find(dir)).isEqualTo(B);
    }

    @Test
    void linkedWorktreeUsesItsOwnHeadAndTheCommonRefs() throws Exception {
        Path main = dir.resolve("main");
        Path wtGit = Files.createDirectories(main.resolve(".git/worktrees/stats"));
        Files.createDirectories(main.resolve(".git/refs/heads"));
        Files.writeString(main.resolve(".git/refs/heads/stats"), B + "\n");
        Files.writeString(wtGit.resolve("HEAD"), "ref: refs/heads/stats\n");
        Files.writeString(wtGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + wtGit + "\n");
        assertThat(GitCommit.find(worktree)).isEqualTo(B);
    }

    @Test
    void unbornBranchIsNull() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertThat(GitCommit.find(repo)).isNull();
    }

    @Test
    void noRepositoryIsNull() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        // TempDir lives outside any repository on a normal machine; guard against a checkout above /tmp.
        Assumptions.assumeTrue(GitCommit.find(dir.getParent()) == null, "temp folder outside any repository");
        assertThat(GitCommit.find(plain)).isNull();
    }

    @Test
    void agreesWithGitOnThisCheckout() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        String expected;
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(here.toFile())
                    .redirectErrorStream(true).start();
            expected = new String(git.getInputStream().readAllBytes()).strip();
            Assumptions.assumeTrue(git.waitFor() == 0, "this checkout is a git repository");
        } catch (java.io.IOException e) {
            Assumptions.abort("git is not installed");
            return;
        }
        assertThat(GitCommit.find(here)).isEqualTo(expected);
    }
}

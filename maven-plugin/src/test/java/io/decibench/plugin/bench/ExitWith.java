package io.decibench.plugin.bench;

/** A child process for ForkProcessTest: prints numbered lines, then exits with the given code or sleeps. */
public final class ExitWith {

    public static void main(String[] args) throws InterruptedException {
        int lines = Integer.parseInt(args[1]);
        for (int i = 1; i <= lines; i++) {
            System.out.println("line " + i);
        }
        System.err.println("to stderr");
        if (args[0].equals("sleep")) {
            Thread.sleep(120_000);
        }
        System.exit(Integer.parseInt(args[0].equals("sleep") ? "0" : args[0]));
    }
}

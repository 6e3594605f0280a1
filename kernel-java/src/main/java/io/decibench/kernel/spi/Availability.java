package io.decibench.kernel.spi;

/** Whether a kernel can run here; when it cannot, why and how to fix it. */
public record Availability(boolean available, String reason, String fix) {

    public static Availability ok() {
        return new Availability(true, "", "");
    }

    public static Availability unavailable(String reason, String fix) {
        return new Availability(false, reason, fix);
    }

    @Override
    public String toString() {
        return available ? "available" : reason + " Fix: " + fix;
    }
}

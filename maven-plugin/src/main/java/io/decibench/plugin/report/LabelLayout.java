package io.decibench.plugin.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Places chart labels so that none overlaps another label or an obstacle (the target line, bars, whiskers): each
 * label starts where it belongs and moves away from its bar, one line at a time, until it is free.
 */
final class LabelLayout {

    /** Approximate advance of one character of the charts' 12 px labels (a little wide, to be safe). */
    static final double CHAR_WIDTH = 7.0;
    /** Height of a label line. */
    static final double LINE = 14;

    /** An axis-aligned box in pixels. */
    record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }

        /** The box of a label whose text sits on row {@code y}, centred on {@code x}. */
        static Box label(double x, double y, String text) {
            double w = text.length() * CHAR_WIDTH / 2 + 2;
            return new Box(x - w, y - LINE + 2, x + w, y + 2);
        }
    }

    private final List<Box> taken = new ArrayList<>();

    /** Marks a region no label may cover. */
    void block(Box box) {
        taken.add(box);
    }

    /** Whether a label centred on {@code x} sitting on row {@code y} would overlap nothing taken. */
    boolean isFree(double x, double y, String text) {
        Box b = Box.label(x, y, text);
        return taken.stream().noneMatch(b::overlaps);
    }

    /**
     * The row a label centred on {@code x} sits on: {@code y} if the label is free there, else the nearest free
     * line in direction {@code up} (towards smaller rows) or down. The label's box is then taken.
     */
    double place(double x, double y, String text, boolean up) {
        double at = y;
        for (int i = 0; i < 200; i++) {
            Box b = Box.label(x, at, text);
            if (taken.stream().noneMatch(b::overlaps)) {
                taken.add(b);
                return at;
            }
            at += up ? -2 : 2;
        }
        taken.add(Box.label(x, at, text));
        return at;
    }

    /** The smallest row any taken label or obstacle reaches. */
    double top() {
        return taken.stream().mapToDouble(Box::top).min().orElse(0);
    }

    /** The largest row any taken label or obstacle reaches. */
    double bottom() {
        return taken.stream().mapToDouble(Box::bottom).max().orElse(0);
    }
}

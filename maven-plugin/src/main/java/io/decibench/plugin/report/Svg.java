package io.decibench.plugin.report;

import java.util.Locale;

/**
 * A minimal SVG document builder for the report's charts: every attribute value and every text node is
 * XML-escaped here, so chart code cannot inject markup whatever a scenario or mode is called.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Starts a document of the given size; {@code title} becomes the accessible name of the image. */
    Svg(int width, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(escape(title))
                .append("\" style=\"font-family: sans-serif; font-size: 12px\">");
        out.append("<title>").append(escape(title)).append("</title>");
    }

    /** Opens a group carrying a CSS class (so tests and styles can find the bars, whiskers, ...). */
    Svg group(String cssClass) {
        out.append("<g class=\"").append(escape(cssClass)).append("\">");
        return this;
    }

    /** Opens a group moved down by {@code dy} pixels (room made for labels above the plot). */
    Svg translated(String cssClass, double dy) {
        out.append("<g class=\"").append(escape(cssClass)).append("\" transform=\"translate(0 ").append(num(dy))
                .append(")\">");
        return this;
    }

    /** A filled polygon through the given points (x0, y0, x1, y1, ...). */
    Svg polygon(String cssClass, double[] xy, String fill) {
        out.append("<polygon class=\"").append(escape(cssClass)).append("\" fill=\"").append(escape(fill))
                .append("\" points=\"");
        points(xy);
        out.append("\"/>");
        return this;
    }

    Svg endGroup() {
        out.append("</g>");
        return this;
    }

    /** A rectangle; {@code tooltip} (may be null) is shown on hover. */
    Svg rect(String cssClass, double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect class=\"").append(escape(cssClass)).append("\" x=\"").append(num(x))
                .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" fill=\"").append(escape(fill)).append('"');
        closeWithTooltip("rect", tooltip);
        return this;
    }

    /** A straight line; {@code dash} is an SVG dash array or null for a solid line. */
    Svg line(String cssClass, double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line class=\"").append(escape(cssClass)).append("\" x1=\"").append(num(x1))
                .append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"")
                .append(num(y2)).append("\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"")
                .append(num(width)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(escape(dash)).append('"');
        }
        out.append("/>");
        return this;
    }

    /** An open polyline through the given points (x0, y0, x1, y1, ...). */
    Svg polyline(String cssClass, double[] xy, String stroke) {
        out.append("<polyline class=\"").append(escape(cssClass)).append("\" fill=\"none\" stroke=\"")
                .append(escape(stroke)).append("\" stroke-width=\"2\" points=\"");
        points(xy);
        out.append("\"/>");
        return this;
    }

    /** "x0,y0 x1,y1 ..." */
    private void points(double[] xy) {
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
    }

    Svg circle(String cssClass, double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle class=\"").append(escape(cssClass)).append("\" cx=\"").append(num(cx))
                .append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r)).append("\" fill=\"")
                .append(escape(fill)).append('"');
        closeWithTooltip("circle", tooltip);
        return this;
    }

    /** A text node; {@code anchor} is start, middle or end. */
    Svg text(String cssClass, double x, double y, String anchor, String text) {
        out.append("<text class=\"").append(escape(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(escape(anchor)).append("\" fill=\"#333\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    /** A text node turned a quarter left about its anchor point (an axis title along the axis). */
    Svg verticalText(String cssClass, double x, double y, String text) {
        out.append("<text class=\"").append(escape(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(num(x)).append(' ')
                .append(num(y)).append(")\" fill=\"#333\">").append(escape(text)).append("</text>");
        return this;
    }

    /** A text node on a white halo, readable wherever it lies (over a bar, a grid line). */
    Svg haloText(String cssClass, double x, double y, String anchor, String text) {
        out.append("<text class=\"").append(escape(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(escape(anchor))
                .append("\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    /** The finished document. */
    String end() {
        return out + "</svg>";
    }

    private void closeWithTooltip(String element, String tooltip) {
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></").append(element).append('>');
        }
    }

    /** Coordinates with at most one decimal: enough for a screen, stable in tests, never a locale comma. */
    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML-escapes text and attribute values (both quote kinds, so any attribute quoting stays closed). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped: drop them.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

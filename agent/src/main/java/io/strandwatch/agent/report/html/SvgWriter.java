package io.strandwatch.agent.report.html;

import java.util.Locale;

/**
 * Builds one inline SVG element. Coordinates are written with at most one decimal so the page stays small;
 * every text and tooltip is escaped here, so chart classes cannot forget it.
 */
final class SvgWriter {

  private final StringBuilder out = new StringBuilder(2048);

  SvgWriter(String cssClass, double width, double height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(HtmlEscaper.escape(cssClass))
        .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
        .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
        .append("\" role=\"img\" aria-label=\"").append(HtmlEscaper.escape(label)).append("\">");
  }

  /** A rectangle with a native tooltip ({@code <title>}), which needs no script. */
  SvgWriter rect(double x, double y, double w, double h, String cssClass, String tooltip) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(w, 0))).append("\" height=\"").append(num(h)).append("\" class=\"")
        .append(HtmlEscaper.escape(cssClass)).append('"');
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(HtmlEscaper.escape(tooltip)).append("</title></rect>");
    }
    return this;
  }

  SvgWriter line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
        .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"")
        .append(HtmlEscaper.escape(cssClass)).append("\"/>");
    return this;
  }

  /** Text anchored at {@code anchor} ({@code start}, {@code middle} or {@code end}). */
  SvgWriter text(double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" class=\"").append(HtmlEscaper.escape(cssClass)).append("\">")
        .append(HtmlEscaper.escape(text)).append("</text>");
    return this;
  }

  /** Text with a tooltip holding the untruncated value. */
  SvgWriter text(double x, double y, String anchor, String cssClass, String text, String tooltip) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" class=\"").append(HtmlEscaper.escape(cssClass)).append("\"><title>")
        .append(HtmlEscaper.escape(tooltip)).append("</title>").append(HtmlEscaper.escape(text))
        .append("</text>");
    return this;
  }

  String finish() {
    out.append("</svg>");
    return out.toString();
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Cuts a label to {@code max} characters (before escaping) so it fits its column; the tooltip has it all. */
  static String fit(String label, int max) {
    if (label.length() <= max) {
      return label;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(label.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return label.substring(0, end) + "\u2026";
  }
}

package io.strandwatch.agent.report.html;

/**
 * Appends the page's markup. {@link #text} and the table helpers escape; {@link #raw} is only for markup this
 * package built itself (SVG from {@link SvgWriter}, fixed tags).
 */
final class PageWriter {

  /**
   * No script may run and nothing may be fetched, even if a future change forgot to escape something: the
   * report is a file people open from disk and mail around.
   */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";

  private final StringBuilder out = new StringBuilder(32_768);

  void begin(String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"StrandWatch\">\n")
        .append("<title>").append(HtmlEscaper.escape(title)).append("</title>\n")
        .append("<style>\n").append(Stylesheet.CSS).append("</style>\n</head>\n<body>\n");
  }

  String end() {
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  PageWriter raw(String markup) {
    out.append(markup);
    return this;
  }

  PageWriter text(String text) {
    out.append(HtmlEscaper.escape(text));
    return this;
  }

  /** {@code <tag class="cssClass">escaped text</tag>}; {@code cssClass} may be null. */
  PageWriter element(String tag, String cssClass, String text) {
    out.append('<').append(tag);
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append('>').append(HtmlEscaper.escape(text)).append("</").append(tag).append(">\n");
    return this;
  }

  PageWriter tableStart(String cssClass, String... headers) {
    out.append("<div class=\"scroll\"><table class=\"").append(cssClass).append("\">\n<thead><tr>");
    for (String h : headers) {
      out.append("<th>").append(HtmlEscaper.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    return this;
  }

  /** One row of escaped cells. */
  PageWriter row(String... cells) {
    out.append("<tr>");
    for (String c : cells) {
      cell(c);
    }
    out.append("</tr>\n");
    return this;
  }

  PageWriter rowStart() {
    out.append("<tr>");
    return this;
  }

  /** An escaped cell; "unknown", "unpriced" and "n/a" are styled so they never pass for a number. */
  PageWriter cell(String text) {
    boolean unknown = "unknown".equals(text) || "unpriced".equals(text) || "n/a".equals(text);
    out.append(unknown ? "<td class=\"unknown\">" : "<td>").append(HtmlEscaper.escape(text)).append("</td>");
    return this;
  }

  /** A cell linking to an anchor of this page; {@code anchor} is generated, never user data. */
  PageWriter linkCell(String anchor, String text) {
    out.append("<td><a href=\"#").append(anchor).append("\">").append(HtmlEscaper.escape(text)).append("</a></td>");
    return this;
  }

  PageWriter rowEnd() {
    out.append("</tr>\n");
    return this;
  }

  PageWriter tableEnd() {
    out.append("</tbody>\n</table></div>\n");
    return this;
  }
}

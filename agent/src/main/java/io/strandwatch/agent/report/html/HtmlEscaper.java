package io.strandwatch.agent.report.html;

/**
 * Escapes text for HTML element content and quoted attribute values, which is also valid inside inline SVG.
 * Strand names, attributes, model names and exception types are user data, so every one goes through here.
 */
public final class HtmlEscaper {

  private HtmlEscaper() {}

  /** The text with {@code & < > " '} as character references; null becomes the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16);
        out.append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String replacement(char c) {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&#39;";
      default:
        // Control characters are not allowed in HTML text; a name containing one shows a visible mark instead.
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "\uFFFD" : null;
    }
  }
}

package io.strandwatch.agent.report;

/**
 * A minimal streaming JSON writer: enough for the report, without shipping a JSON library in the agent.
 * Callers write names and values in order; commas are inserted automatically.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder(4096);
  private final boolean[] needsComma = new boolean[64];
  private int depth;
  private int indent;

  JsonWriter beginObject() {
    value();
    out.append('{');
    push();
    return this;
  }

  JsonWriter endObject() {
    pop();
    newline();
    out.append('}');
    return this;
  }

  JsonWriter beginArray() {
    value();
    out.append('[');
    push();
    return this;
  }

  JsonWriter endArray() {
    pop();
    newline();
    out.append(']');
    return this;
  }

  JsonWriter name(String name) {
    separator();
    string(name);
    out.append(": ");
    needsComma[depth] = false;
    pendingName = true;
    return this;
  }

  private boolean pendingName;

  JsonWriter value(String s) {
    value();
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    return this;
  }

  JsonWriter value(long v) {
    value();
    out.append(v);
    return this;
  }

  /** A decimal written exactly as given (for USD amounts computed from integers). */
  JsonWriter rawNumber(String number) {
    value();
    out.append(number);
    return this;
  }

  JsonWriter value(double v) {
    value();
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      out.append("null");
    } else {
      out.append(v);
    }
    return this;
  }

  JsonWriter nullValue() {
    value();
    out.append("null");
    return this;
  }

  private void value() {
    if (pendingName) {
      pendingName = false;
    } else {
      separator();
    }
    needsComma[depth] = true;
  }

  private void separator() {
    if (depth > 0) {
      if (needsComma[depth]) {
        out.append(',');
      }
      newline();
    }
  }

  private void push() {
    depth++;
    indent++;
    needsComma[depth] = false;
  }

  private void pop() {
    depth--;
    indent--;
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < indent; i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

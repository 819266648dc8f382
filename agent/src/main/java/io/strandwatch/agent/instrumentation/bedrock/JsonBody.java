package io.strandwatch.agent.instrumentation.bedrock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the model bodies InvokeModel returns (the agent shades no JSON library, and the
 * application's Jackson is not ours to use). Objects become {@link Map}s, arrays {@link List}s, integers
 * {@link Long}s, other numbers {@link Double}s. Malformed input yields null rather than an exception.
 */
final class JsonBody {

  private final String s;
  private int pos;

  private JsonBody(String s) {
    this.s = s;
  }

  /** The parsed value, or null when {@code json} is not valid JSON. */
  static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      JsonBody p = new JsonBody(json);
      Object v = p.value();
      p.skipSpace();
      return p.pos == json.length() ? v : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The value at {@code path} through nested objects, or null. */
  static Object path(Object root, String... path) {
    Object cur = root;
    for (String key : path) {
      if (!(cur instanceof Map)) {
        return null;
      }
      cur = ((Map<?, ?>) cur).get(key);
    }
    return cur;
  }

  private Object value() {
    skipSpace();
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (s.charAt(pos) == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      if (s.charAt(pos) == ',') {
        pos++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (s.charAt(pos) == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      if (s.charAt(pos) == ',') {
        pos++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n': b.append('\n'); break;
        case 't': b.append('\t'); break;
        case 'r': b.append('\r'); break;
        case 'b': b.append('\b'); break;
        case 'f': b.append('\f'); break;
        case 'u':
          b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        default: b.append(e);
      }
    }
  }

  private Object number() {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    String text = s.substring(start, pos);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("unexpected character at " + start);
    }
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return Long.parseLong(text);
    }
    return Double.parseDouble(text);
  }

  private Object literal(String word, Object value) {
    if (!s.startsWith(word, pos)) {
      throw new IllegalArgumentException("unexpected literal at " + pos);
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (s.charAt(pos) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + pos);
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }
}

package org.hindinlp.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for one value per line, as JSON Lines files need.
 *
 * <p>Hand-written because the library may depend on Lucene and ICU4J only, and neither has a JSON
 * parser; the command-line tool uses Jackson. Objects become insertion-ordered {@code Map}s,
 * arrays {@code List}s, numbers {@code Double} or {@code Long}, and {@code null} a {@link #NULL}
 * marker. Nesting is limited to {@value #MAX_DEPTH} levels so hostile input cannot exhaust the
 * stack. Errors are {@link JsonException}s with the column (1-based) where the problem is.
 */
public final class Json {

  /** Stands for a JSON {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;
  private int depth;

  private Json(String s) {
    this.s = s;
  }

  /** A syntax error, with its 1-based column. */
  public static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    JsonException(String message, int column) {
      super(message + " at column " + column);
      this.column = column;
    }

    /** The 1-based column of the error. */
    public int column() {
      return column;
    }
  }

  /** Parses exactly one JSON value; surrounding whitespace is allowed, anything else is not. */
  public static Object parse(String text) throws JsonException {
    Json p = new Json(text);
    p.skipWs();
    Object v = p.value();
    p.skipWs();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the value");
    }
    return v;
  }

  private JsonException error(String message) {
    return new JsonException(message, pos + 1);
  }

  private void skipWs() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        pos++;
      } else {
        break;
      }
    }
  }

  private Object value() throws JsonException {
    if (pos >= s.length()) {
      throw error("unexpected end of input");
    }
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
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Object literal(String word, Object v) throws JsonException {
    if (!s.startsWith(word, pos)) {
      throw error("invalid literal");
    }
    pos += word.length();
    return v;
  }

  private Map<String, Object> object() throws JsonException {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    pos++; // {
    Map<String, Object> m = new LinkedHashMap<>();
    skipWs();
    if (pos < s.length() && s.charAt(pos) == '}') {
      pos++;
      depth--;
      return m;
    }
    while (true) {
      skipWs();
      if (pos >= s.length() || s.charAt(pos) != '"') {
        throw error("expected a string key");
      }
      int keyPos = pos;
      String key = string();
      skipWs();
      expect(':');
      skipWs();
      Object v = value();
      if (m.put(key, v) != null) {
        pos = keyPos;
        throw error("duplicate key \"" + key + "\"");
      }
      skipWs();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect('}');
      depth--;
      return m;
    }
  }

  private List<Object> array() throws JsonException {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    pos++; // [
    List<Object> l = new ArrayList<>();
    skipWs();
    if (pos < s.length() && s.charAt(pos) == ']') {
      pos++;
      depth--;
      return Collections.unmodifiableList(l);
    }
    while (true) {
      skipWs();
      l.add(value());
      skipWs();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect(']');
      depth--;
      return Collections.unmodifiableList(l);
    }
  }

  private void expect(char c) throws JsonException {
    if (pos >= s.length() || s.charAt(pos) != c) {
      throw error(pos >= s.length() ? "expected '" + c + "' but the line ended" : "expected '" + c + "'");
    }
    pos++;
  }

  private String string() throws JsonException {
    pos++; // opening quote
    StringBuilder sb = null;
    int start = pos;
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos);
      if (c == '"') {
        String out = sb == null ? s.substring(start, pos) : sb.append(s, start, pos).toString();
        pos++;
        return out;
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(s, start, pos);
        pos++;
        if (pos >= s.length()) {
          throw error("unterminated escape");
        }
        char e = s.charAt(pos);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 >= s.length()) {
              throw error("truncated \\u escape");
            }
            int v = 0;
            for (int k = 1; k <= 4; k++) {
              int d = Character.digit(s.charAt(pos + k), 16);
              if (d < 0) {
                throw error("invalid \\u escape");
              }
              v = v * 16 + d;
            }
            sb.append((char) v);
            pos += 4;
          }
          default -> throw error("invalid escape \\" + e);
        }
        pos++;
        start = pos;
        continue;
      }
      pos++;
    }
  }

  private Object number() throws JsonException {
    int start = pos;
    if (s.charAt(pos) == '-') {
      pos++;
    }
    int digits = pos;
    while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
      pos++;
    }
    if (pos == digits || (s.charAt(digits) == '0' && pos - digits > 1)) {
      throw error("invalid number");
    }
    boolean integral = true;
    if (pos < s.length() && s.charAt(pos) == '.') {
      integral = false;
      pos++;
      int f = pos;
      while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == f) {
        throw error("invalid number");
      }
    }
    if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      integral = false;
      pos++;
      if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        pos++;
      }
      int e = pos;
      while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == e) {
        throw error("invalid number");
      }
    }
    String t = s.substring(start, pos);
    if (integral && pos - digits <= 18) {
      return Long.parseLong(t);
    }
    return Double.parseDouble(t);
  }

  /** Writes a string as a JSON string literal. */
  public static void quote(StringBuilder out, CharSequence text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean validSurrogateAt(CharSequence t, int i) {
    char c = t.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(t.charAt(i - 1));
  }
}

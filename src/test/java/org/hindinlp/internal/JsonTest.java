package org.hindinlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesValues() throws Exception {
    Object v = Json.parse(" {\"a\": [1, -2.5e3, true, false, null, \"x\\u0915\\n\"], \"b\": {}} ");
    Map<?, ?> m = (Map<?, ?>) v;
    List<?> a = (List<?>) m.get("a");
    assertEquals(1L, a.get(0));
    assertEquals(-2500.0, a.get(1));
    assertEquals(Boolean.TRUE, a.get(2));
    assertEquals(Json.NULL, a.get(4));
    assertEquals("x\u0915\n", a.get(5));
    assertEquals(Map.of(), m.get("b"));
  }

  @Test
  void rejectsWithColumn() {
    String[] bad = {"", "{", "{\"a\" 1}", "[1,]", "{\"a\":1,}", "01", "\"\\x\"", "\"a", "tru", "[1] x",
        "{\"a\":1,\"a\":2}", "\"\u0001\"", "-", "1.", "1e"};
    for (String b : bad) {
      Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse(b), b);
      assertTrue(e.column() >= 1 && e.column() <= b.length() + 1, b + ": " + e.getMessage());
    }
    String deep = "[".repeat(100) + "]".repeat(100);
    assertTrue(assertThrows(Json.JsonException.class, () -> Json.parse(deep)).getMessage().contains("nesting"));
  }

  @Property(tries = 2000)
  void quotedStringsRoundTrip(@ForAll String s) throws Exception {
    StringBuilder sb = new StringBuilder();
    Json.quote(sb, s);
    Object back = Json.parse(sb.toString());
    // Unpaired surrogates are written as escapes and come back as the same chars.
    assertEquals(s, back);
  }

  @Property(tries = 2000)
  void neverThrowsAnythingButJsonException(@ForAll String s) {
    try {
      Json.parse(s);
    } catch (Json.JsonException expected) {
      // fine
    }
  }
}

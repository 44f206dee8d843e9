package org.hindinlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  private static int lookup(PhraseTrie t, String... tokens) {
    int node = 0;
    for (String tok : tokens) {
      node = t.child(node, t.tokenId(tok));
      if (node == PhraseTrie.NONE) {
        return PhraseTrie.NONE;
      }
    }
    return node;
  }

  private static List<Integer> values(PhraseTrie t, String... tokens) {
    List<Integer> out = new ArrayList<>();
    int node = lookup(t, tokens);
    if (node != PhraseTrie.NONE) {
      for (int s = t.firstPayload(node); s != PhraseTrie.NONE; s = t.nextPayload(s)) {
        out.add(t.payloadValue(s));
      }
    }
    return out;
  }

  @Test
  void phrasesAndPrefixes() {
    PhraseTrie t = new PhraseTrie();
    t.add(new String[] {"संयुक्त", "राष्ट्र"}, 1);
    t.add(new String[] {"संयुक्त", "राष्ट्र", "सुरक्षा", "परिषद"}, 2);
    t.add(new String[] {"भारत"}, 3);
    t.add(new String[] {"भारत"}, 4);
    t.add(new String[] {"भारत"}, 4);
    assertEquals(List.of(1), values(t, "संयुक्त", "राष्ट्र"));
    assertEquals(List.of(2), values(t, "संयुक्त", "राष्ट्र", "सुरक्षा", "परिषद"));
    assertEquals(List.of(), values(t, "संयुक्त"));
    assertEquals(List.of(4, 3), values(t, "भारत"));
    assertEquals(List.of(), values(t, "भारतीय"));
    assertEquals(4, t.maxDepth());
  }

  @Test
  void manyPhrasesSurviveRehashing() {
    PhraseTrie t = new PhraseTrie();
    Random r = new Random(7);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      String a = "a" + r.nextInt(5000);
      String b = "b" + r.nextInt(5000);
      t.add(new String[] {a, b}, i);
      expected.putIfAbsent(a + " " + b, i);
    }
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      String[] p = e.getKey().split(" ");
      List<Integer> v = values(t, p);
      assertEquals(e.getValue(), v.get(v.size() - 1), e.getKey());
    }
  }
}

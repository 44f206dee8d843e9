package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.junit.jupiter.api.Test;

/** The unmodifiable list {@link HindiTokenizer#tokenize(CharSequence)} returns without copying. */
class TokenListTest {

  private static final String TEXT = "राम ने कहा। Dr. Smith आए, और 3.5 किलो लाए!";

  @Test
  void behavesAsAnUnmodifiableList() {
    List<Token> tokens = HindiTokenizer.standard().tokenize(TEXT);
    List<Token> copy = new ArrayList<>(tokens);
    assertEquals(13, tokens.size());
    assertEquals(copy, tokens);
    assertEquals(List.copyOf(copy), tokens);
    assertEquals(copy.hashCode(), tokens.hashCode());
    assertTrue(tokens instanceof RandomAccess);
    assertEquals("राम", tokens.get(0).text());
    assertEquals("!", tokens.get(12).text());
    assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(13));
    assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(-1));
    assertEquals(copy.subList(2, 5), tokens.subList(2, 5));
    Iterator<Token> it = tokens.iterator();
    for (Token t : copy) {
      assertTrue(it.hasNext());
      assertSame(t, it.next());
    }
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(tokens.get(3), tokens.toArray()[3]);
  }

  @Test
  void everyMutatorThrows() {
    for (String text : new String[] {TEXT, ""}) {
      List<Token> tokens = HindiTokenizer.standard().tokenize(text);
      Token t = HindiTokenizer.standard().tokenize("क").get(0);
      assertThrows(UnsupportedOperationException.class, () -> tokens.add(t));
      assertThrows(UnsupportedOperationException.class, () -> tokens.add(0, t));
      assertThrows(UnsupportedOperationException.class, () -> tokens.set(0, t));
      assertThrows(UnsupportedOperationException.class, () -> tokens.remove(0));
      assertThrows(UnsupportedOperationException.class, () -> tokens.remove(t));
      assertThrows(UnsupportedOperationException.class, () -> tokens.addAll(List.of(t)));
      assertThrows(UnsupportedOperationException.class, () -> tokens.addAll(0, List.of(t)));
      assertThrows(UnsupportedOperationException.class, () -> tokens.removeAll(List.of(t)));
      assertThrows(UnsupportedOperationException.class, () -> tokens.retainAll(List.of(t)));
      assertThrows(UnsupportedOperationException.class, () -> tokens.removeIf(x -> true));
      assertThrows(UnsupportedOperationException.class, () -> tokens.replaceAll(x -> x));
      assertThrows(UnsupportedOperationException.class, () -> tokens.sort(null));
      assertThrows(UnsupportedOperationException.class, tokens::clear);
      assertThrows(UnsupportedOperationException.class, () -> tokens.iterator().remove());
      assertThrows(UnsupportedOperationException.class, () -> tokens.listIterator().add(t));
    }
  }

  @Test
  void analyzedTextKeepsTheTokenizersListAndCopiesOthers() {
    AnalyzedText a = HindiNlp.standard().analyze(TEXT);
    assertSame(a.tokens(), new AnalyzedText(a.original(), a.normalized(), a.tokens(), a.sentences()).tokens());
    List<Token> mutable = new ArrayList<>(a.tokens());
    AnalyzedText b = new AnalyzedText(a.original(), a.normalized(), mutable, a.sentences());
    mutable.clear();
    assertEquals(a.tokens(), b.tokens());
    assertThrows(UnsupportedOperationException.class, () -> b.tokens().clear());
  }
}

package org.hindinlp.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hindinlp.TextSpan;
import org.junit.jupiter.api.Test;

/** Alignment runs: equal, replace, delete, insert, and their composition. */
class AlignmentTest {

  /** "ab" + delete "X" + "cd" + replace "YZ"->"y" + insert "+" + "e". */
  private static Alignment sample() {
    Alignment.Builder b = Alignment.builder();
    b.equal(2);
    b.replace(1, 0);
    b.equal(2);
    b.replace(2, 1);
    b.replace(0, 1);
    b.equal(1);
    return b.build(); // original "abXcdYZe" (8) -> "abcdy+e" (7)
  }

  @Test
  void lengthsAndIdentity() {
    Alignment a = sample();
    assertEquals(8, a.originalLength());
    assertEquals(7, a.normalizedLength());
    assertTrue(Alignment.identity(5).isIdentity());
    Alignment.Builder b = Alignment.builder();
    b.equal(3);
    b.equal(4);
    assertTrue(b.build().isIdentity());
    assertThrows(IllegalArgumentException.class, () -> Alignment.identity(-1));
  }

  @Test
  void normalizedToOriginal() {
    Alignment a = sample();
    assertEquals(TextSpan.of(0, 2), a.toOriginal(TextSpan.of(0, 2))); // "ab", deletion left out
    assertEquals(TextSpan.of(3, 5), a.toOriginal(TextSpan.of(2, 4))); // "cd"
    assertEquals(TextSpan.of(0, 5), a.toOriginal(TextSpan.of(0, 4))); // "abcd" spans the deletion
    assertEquals(TextSpan.of(5, 7), a.toOriginal(TextSpan.of(4, 5))); // "y" <- "YZ"
    assertEquals(TextSpan.of(7, 7), a.toOriginal(TextSpan.of(5, 6))); // inserted "+"
    assertEquals(TextSpan.of(7, 8), a.toOriginal(TextSpan.of(6, 7))); // "e"
    assertEquals(TextSpan.of(0, 8), a.toOriginal(TextSpan.of(0, 7)));
    assertEquals(TextSpan.of(3, 3), a.toOriginal(TextSpan.of(2, 2)));
    assertThrows(IndexOutOfBoundsException.class, () -> a.toOriginal(TextSpan.of(0, 8)));
  }

  @Test
  void originalToNormalized() {
    Alignment a = sample();
    assertEquals(TextSpan.of(2, 2), a.toNormalized(TextSpan.of(2, 3))); // deleted "X"
    assertEquals(TextSpan.of(4, 5), a.toNormalized(TextSpan.of(5, 6))); // half of "YZ" widens
    assertEquals(TextSpan.of(4, 5), a.toNormalized(TextSpan.of(5, 7)));
    assertEquals(TextSpan.of(0, 7), a.toNormalized(TextSpan.of(0, 8)));
    assertEquals(TextSpan.of(6, 7), a.toNormalized(TextSpan.of(7, 8)));
  }

  @Test
  void identityReturnsTheSameSpan() {
    TextSpan s = TextSpan.of(1, 3);
    assertSame(s, Alignment.identity(5).toOriginal(s));
    assertSame(s, Alignment.identity(5).toNormalized(s));
  }

  @Test
  void composition() {
    Alignment first = sample(); // 8 -> 7
    Alignment.Builder b = Alignment.builder(); // 7 -> 6: drop the first char
    b.replace(1, 0);
    b.equal(6);
    Alignment second = b.build();
    Alignment both = first.andThen(second);
    assertEquals(8, both.originalLength());
    assertEquals(6, both.normalizedLength());
    assertEquals(TextSpan.of(1, 2), both.toOriginal(TextSpan.of(0, 1))); // "b"
    assertEquals(TextSpan.of(3, 5), both.toOriginal(TextSpan.of(1, 3))); // "cd"
    assertEquals(TextSpan.of(1, 3), both.toNormalized(TextSpan.of(3, 5)));
    assertSame(first, first.andThen(Alignment.identity(7)));
    assertSame(second, Alignment.identity(7).andThen(second));
    assertThrows(IllegalArgumentException.class, () -> first.andThen(Alignment.identity(3)));
    assertTrue(both.toString().contains(" then "));
  }

  @Test
  void spanValidation() {
    assertThrows(IllegalArgumentException.class, () -> TextSpan.of(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> TextSpan.of(3, 2));
    assertEquals("bc", TextSpan.of(1, 3).coveredText("abcd"));
    assertTrue(TextSpan.of(0, 4).contains(TextSpan.of(1, 3)));
    assertTrue(TextSpan.of(0, 2).overlaps(TextSpan.of(1, 3)));
    assertTrue(TextSpan.of(0, 2).compareTo(TextSpan.of(0, 1)) < 0);
  }
}

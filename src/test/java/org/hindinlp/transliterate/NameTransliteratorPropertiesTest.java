package org.hindinlp.transliterate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Arbitrary input: only IllegalArgumentException, never a hang, well-formed output. */
class NameTransliteratorPropertiesTest {

  private static final NameTransliterator STD = NameTransliterator.standard();

  private static void check(String s, int n) {
    long t0 = System.nanoTime();
    try {
      List<Candidate> cs = STD.transliterate(s, n);
      assertFalse(cs.isEmpty());
      assertTrue(cs.size() <= n);
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
    }
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L, () -> "too slow on " + s.length() + " chars");
  }

  @Property(tries = 400)
  void anyStringOnlyIllegalArgument(@ForAll String s, @ForAll @IntRange(min = 1, max = 100) int n) {
    check(s, n);
  }

  @Provide
  Arbitrary<String> latinish() {
    return Arbitraries.strings().withChars("aeiouyhkstrnmlbcdfgjpqvwxzAEIOUSKT -'.,é0123456789ßæ")
        .ofMinLength(0).ofMaxLength(300);
  }

  @Property(tries = 400)
  void latinLikeStringsOnlyIllegalArgument(@ForAll("latinish") String s, @ForAll @IntRange(min = 1, max = 100) int n) {
    check(s, n);
  }

  @Property(tries = 100)
  void anyNOnlyIllegalArgument(@ForAll("latinish") String s, @ForAll int n) {
    check(s, Math.max(1, Math.min(100, n)));
    try {
      STD.transliterate(s, n);
    } catch (IllegalArgumentException expected) {
      // n out of range or bad name
    }
  }
}

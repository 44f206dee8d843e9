package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.Test;

class SkeletonKeyTest {

  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  private static String base(String s) {
    return new SkeletonKey(SkeletonKey.BASE).of(SEARCH.normalizeToString(s));
  }

  @Test
  void transliterationVariantsShareTheBaseSkeleton() {
    assertEquals(base("बेल्जियम"), base("बेलजियम"));
    assertEquals(base("नॉर्वे"), base("नॉरवे"));
    assertEquals(base("नार्वे"), base("नारवे"));
    assertEquals(base("स्विट्ज़रलैंड"), base("स्विटजरलैंड"));
    assertEquals(base("फिलीपींस"), base("फिलिपिन्स"));
    assertEquals(base("अमेरिका"), base("अमेरीका"));
    assertEquals(base("उरुग्वे"), base("उरूग्वे"));
    assertEquals("नोरवे", base("नॉर्वे"));
  }

  @Test
  void doubledConsonantsAndLatinLettersCollapse() {
    assertEquals(base("मक्का"), base("मका"));
    assertEquals("meca", base("Meccca"));
  }

  @Test
  void baseKeepsAspiratesSibilantsAndDiphthongsApart() {
    assertNotEquals(base("खान"), base("कान"));
    assertNotEquals(base("शिव"), base("सिव"));
    assertNotEquals(base("कैरल"), base("केरल"));
    assertNotEquals(base("होंडुराज"), base("होंडुरास"));
  }

  @Test
  void optionalFolds() {
    assertEquals("कान", new SkeletonKey(SkeletonKey.ASPIRATE).of("खान"));
    assertEquals("सिव", new SkeletonKey(SkeletonKey.SIBILANT).of("शिव"));
    assertEquals("केरल", new SkeletonKey(SkeletonKey.DIPHTHONG).of("कैरल"));
    SkeletonKey aa = new SkeletonKey(SkeletonKey.CANDRA_AA);
    assertEquals(aa.of(SEARCH.normalizeToString("ऑस्ट्रेलिया")), aa.of(SEARCH.normalizeToString("आस्ट्रेलिया")));
    assertEquals(aa.of(SEARCH.normalizeToString("नॉर्वे")), aa.of(SEARCH.normalizeToString("नार्वे")));
  }

  @Property(tries = 500)
  void neverThrowsAndIsIdempotent(@ForAll String s) {
    SkeletonKey k = new SkeletonKey(SkeletonKey.ASPIRATE | SkeletonKey.SIBILANT | SkeletonKey.DIPHTHONG);
    String once = k.of(s);
    assertEquals(once, k.of(once));
  }
}

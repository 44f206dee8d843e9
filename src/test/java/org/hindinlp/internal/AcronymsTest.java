package org.hindinlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymsTest {

  @ParameterizedTest
  @CsvSource({
    "केसीएनए, KCNA", "डीपीआरके, DPRK", "यूएन, UN", "पीटीआई, PTI", "एनडीटीवी, NDTV",
    "आईएएनएस, IANS", "एएनआई, ANI", "यूएनआई, UNI", "एएफपी, AFP", "डीपीए, DPA",
    "एनडीआरएफ, NDRF", "बीबीसी, BBC", "सीबीआई, CBI", "इसरो, ", "डब्ल्यूएचओ, WHO", "एफ़बीआई, FBI",
    "यूएसए, USA", "जेडीयू, JDU", "आरबीआई, RBI", "एक्सवाईज़ेड, XYZ", "केसी, KC", "पीटी, PT", "डबल्यूएचओ, WHO", "ईटीएफ़, ETF"
  })
  void decodes(String token, String expected) {
    String canonical = DevanagariNormalizer.canonical().normalizeToString(token);
    assertEquals(expected, Acronyms.decode(canonical), token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"की", "एक", "जी", "ए", "भारत", "रूस", "सेना", "KCNA", "", "एकता", "एकड़", "आईना", "ऐसी", "ऐसे"})
  void leavesWordsAlone(String token) {
    assertNull(Acronyms.decode(DevanagariNormalizer.canonical().normalizeToString(token)), token);
  }
}

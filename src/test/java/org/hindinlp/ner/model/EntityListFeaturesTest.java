package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityListFeaturesTest {

  private static final List<EntityListFeatures.Name> PLACES =
      List.of(
          new EntityListFeatures.Name("उत्तर कोरिया", "LOCATION"),
          new EntityListFeatures.Name("रूस", "LOCATION"),
          new EntityListFeatures.Name("संयुक्त राष्ट्र सुरक्षा परिषद", "ORGANIZATION"));

  @Test
  void longestMatchTagsEachTokenWithPositionTypeAndSource() {
    EntityListFeatures f = EntityListFeatures.of("test", "builtin", PLACES);
    List<List<String>> tags =
        f.tags(List.of("रूस", "और", "उत्तर", "कोरिया", "ने", "संयुक्त", "राष्ट्र", "सुरक्षा", "परिषद", "में"));
    assertEquals(List.of("U-LOCATION@builtin"), tags.get(0));
    assertEquals(List.of(), tags.get(1));
    assertEquals(List.of("B-LOCATION@builtin"), tags.get(2));
    assertEquals(List.of("L-LOCATION@builtin"), tags.get(3));
    assertEquals(List.of("B-ORGANIZATION@builtin"), tags.get(5));
    assertEquals(List.of("I-ORGANIZATION@builtin"), tags.get(6));
    assertEquals(List.of("L-ORGANIZATION@builtin"), tags.get(8));
    assertNull(f.tags(List.of("उत्तर", "प्रदेश")), "a prefix alone is no match");
    assertEquals("test", f.id());
  }

  @Test
  void userListsComeFirstAndKeepTheId() {
    EntityListFeatures f = EntityListFeatures.of("test", "builtin", PLACES);
    EntityListFeatures both = f.withUserNames(List.of(new EntityListFeatures.Name("रूस", "ORGANIZATION")));
    assertEquals(List.of("U-ORGANIZATION@user"), both.tags(List.of("रूस")).get(0));
    assertEquals("test", both.id());
  }

  @Test
  void builtInListsLoad() {
    EntityListFeatures f = EntityListFeatures.builtIn();
    assertTrue(f.size() > 1000, "names: " + f.size());
    assertEquals(List.of("U-LOCATION@builtin"), f.tags(List.of("भारत", "में")).get(0));
  }
}

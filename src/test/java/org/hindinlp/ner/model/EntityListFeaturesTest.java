package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityType;
import org.hindinlp.ner.ListEntry;
import org.junit.jupiter.api.Test;

class EntityListFeaturesTest {

  private static final EntityList PLACES =
      EntityList.of(
          "places",
          List.of(
              new ListEntry("KP", EntityType.LOCATION, List.of("उत्तर कोरिया")),
              new ListEntry("RU", EntityType.LOCATION, List.of("रूस")),
              new ListEntry("UNSC", EntityType.ORGANIZATION, List.of("संयुक्त राष्ट्र सुरक्षा परिषद"))));

  @Test
  void longestMatchTagsEachTokenWithPositionTypeAndSource() {
    EntityListFeatures f = EntityListFeatures.of("test", "builtin", TestModels.names(List.of(PLACES)));
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
    EntityListFeatures f = EntityListFeatures.of("test", "builtin", TestModels.names(List.of(PLACES)));
    EntityList mine =
        EntityList.of("mine", List.of(new ListEntry("x", EntityType.ORGANIZATION, List.of("रूस"))));
    EntityListFeatures both = f.withUserNames(TestModels.names(List.of(mine)));
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

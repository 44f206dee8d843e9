package org.hindinlp.ner;

import java.util.List;
import java.util.Objects;

/**
 * One entity of an entity list: its id, its type and every name it goes by. The first name is the
 * canonical one. Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code org:agency:kcna}
 * @param type the entity type
 * @param names the names, canonical first; Devanagari or Latin; never empty
 */
public record ListEntry(String id, EntityType type, List<String> names) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the id is blank or there is no non-blank name
   */
  public ListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank id");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + " has no name");
    }
    for (String n : names) {
      if (n.isBlank()) {
        throw new IllegalArgumentException("entry " + id + " has a blank name");
      }
    }
  }

  /**
   * Returns the canonical name (the first).
   *
   * @return the canonical name
   */
  public String canonicalName() {
    return names.get(0);
  }
}

package org.hindinlp.ner;

import java.util.List;
import java.util.Objects;

/**
 * One entity of an entity list: its id, its type and every name it goes by. The first name is the
 * canonical one. Immutable and thread-safe.
 *
 * <p>Context-only names are words that are a name only in the right context: भाषा is the news
 * agency in a byline {@code (भाषा)} or in {@code भाषा के अनुसार}, and the word "language"
 * elsewhere. List files mark them with a leading {@code ~}; taggers use them only where a rule
 * supports them.
 *
 * @param id a stable identifier, such as {@code org:agency:kcna}
 * @param type the entity type
 * @param names the names matched anywhere, canonical first; Devanagari or Latin
 * @param contextNames the context-only names, without their {@code ~}
 */
public record ListEntry(String id, EntityType type, List<String> names, List<String> contextNames) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the id is blank or there is no non-blank name
   */
  public ListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    contextNames = List.copyOf(contextNames);
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank id");
    }
    if (names.isEmpty() && contextNames.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + " has no name");
    }
    for (String n : names) {
      if (n.isBlank()) {
        throw new IllegalArgumentException("entry " + id + " has a blank name");
      }
    }
    for (String n : contextNames) {
      if (n.isBlank()) {
        throw new IllegalArgumentException("entry " + id + " has a blank name");
      }
    }
  }

  /**
   * An entry whose names all match anywhere.
   *
   * @param id a stable identifier
   * @param type the entity type
   * @param names the names, canonical first
   */
  public ListEntry(String id, EntityType type, List<String> names) {
    this(id, type, names, List.of());
  }

  /**
   * Returns the canonical name: the first name, or the first context-only name if it has no other.
   *
   * @return the canonical name
   */
  public String canonicalName() {
    return names.isEmpty() ? contextNames.get(0) : names.get(0);
  }
}

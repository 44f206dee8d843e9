package org.hindinlp.ner;

import java.util.Objects;

/**
 * The type of an entity: {@link #PERSON}, {@link #LOCATION}, {@link #ORGANIZATION}, or a type that
 * a user's entity list brings (PARTY, COMPANY, ...), which then works end to end.
 *
 * <p>A name is upper-case ASCII letters, digits and underscores, starting with a letter. Types are
 * values: two instances with the same name are equal. Immutable and thread-safe.
 *
 * @param name the type name, such as {@code PERSON}
 */
public record EntityType(String name) implements Comparable<EntityType> {

  /** A named human (or a named fictional character). */
  public static final EntityType PERSON = new EntityType("PERSON");

  /** A named place: countries, states, cities, districts, regions, rivers, mountains, seas. */
  public static final EntityType LOCATION = new EntityType("LOCATION");

  /**
   * A named organisation: news agencies, government bodies, armed forces named as a body,
   * international bodies, parties, companies, universities, courts, teams.
   */
  public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");

  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException if the name is not an upper-case identifier
   */
  public EntityType {
    Objects.requireNonNull(name, "name");
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "invalid entity type name '" + name + "': use upper-case letters, digits and _, such as PARTY");
    }
  }

  /**
   * Returns the type with this name.
   *
   * @param name an upper-case identifier
   * @return the type
   * @throws IllegalArgumentException if the name is not valid
   */
  public static EntityType of(String name) {
    switch (name) {
      case "PERSON":
        return PERSON;
      case "LOCATION":
        return LOCATION;
      case "ORGANIZATION":
        return ORGANIZATION;
      default:
        return new EntityType(name);
    }
  }

  /**
   * Tells whether this is one of the three built-in types.
   *
   * @return {@code true} for PERSON, LOCATION and ORGANIZATION
   */
  public boolean isBuiltIn() {
    return equals(PERSON) || equals(LOCATION) || equals(ORGANIZATION);
  }

  static boolean isValidName(String name) {
    if (name.isEmpty() || name.length() > 64 || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(EntityType other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}

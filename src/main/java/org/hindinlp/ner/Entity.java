package org.hindinlp.ner;

import java.util.Objects;
import org.hindinlp.TextSpan;

/**
 * A named entity found in a text. Immutable and thread-safe.
 *
 * <p>What a correct entity is (span boundaries, types, what is not an entity) follows the project's
 * annotation guidelines: the span is the name only, without titles, postpositions, quotes or
 * descriptive words.
 *
 * @param type the entity type
 * @param span the half-open UTF-16 span in the caller's original text
 * @param text the surface text, {@code original.substring(span)}
 * @param id the entity's id: a list's id where a list knows it (such as {@code org:agency:kcna}),
 *     otherwise an id shared by every mention of the same entity within the document (such as
 *     {@code doc:person:किम जोंग उन})
 * @param canonicalName the list's canonical name, or the fullest mention in the document
 * @param source where it came from
 * @param score a confidence in [0, 1]
 */
public record Entity(
    EntityType type,
    TextSpan span,
    String text,
    String id,
    String canonicalName,
    Source source,
    double score) {

  /** Where an entity came from. */
  public enum Source {
    /** An entity list, built in or the user's. */
    LIST,
    /** A rule: a title before a name, a head word after one, or an agency cue. */
    RULE,
    /** The statistical model. */
    MODEL,
    /**
     * The document linker: a repeated mention in another spelling, a partial name (a surname after
     * the full name) or a context-only list name, linked to an entity found elsewhere in the
     * document.
     */
    LINK
  }

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the text's length differs from the span's or the score is
   *     outside [0, 1]
   */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(source, "source");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " outside [0, 1]");
    }
  }

  /**
   * Returns a Latin transliteration of the surface, for readers who do not read Devanagari (ISO
   * 15919 style, through ICU4J's {@code Devanagari-Latin}: केसीएनए → {@code kēsī'ēna'ē}); Latin
   * text stays as it is. Computed on each call: transliteration costs far more than tagging.
   *
   * @return the transliteration
   */
  public String latin() {
    return Transliteration.toLatin(text);
  }

  /**
   * Returns the start offset.
   *
   * @return {@code span().start()}
   */
  public int start() {
    return span.start();
  }

  /**
   * Returns the end offset.
   *
   * @return {@code span().end()}
   */
  public int end() {
    return span.end();
  }
}

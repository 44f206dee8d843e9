package org.hindinlp.ner;

import java.util.List;
import java.util.Objects;
import org.hindinlp.TextSpan;

/**
 * One distinct entity of a document with all its mentions: what a media-monitoring user wants from
 * an article. Immutable and thread-safe.
 *
 * @param id the entity's id (see {@link Entity#id()})
 * @param type the entity type
 * @param canonicalName the list's canonical name, or the fullest mention
 * @param latin the name in Latin script: the English name where a list knows it (Lucknow), otherwise
 *     the ISO 15919 transliteration of the canonical name
 * @param mentions the number of mentions
 * @param spans the spans of the mentions, in text order
 */
public record EntitySummary(
    String id, EntityType type, String canonicalName, String latin, int mentions, List<TextSpan> spans) {

  /** Validates and copies. */
  public EntitySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(latin, "latin");
    spans = List.copyOf(spans);
    if (mentions != spans.size()) {
      throw new IllegalArgumentException("mentions " + mentions + " but " + spans.size() + " spans");
    }
  }
}

package org.hindinlp.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hindinlp.AnalyzedText;
import org.hindinlp.TextSpan;

/**
 * A tagged document: its analysis (normalized text, tokens, sentences) and its entities in text
 * order. Immutable and thread-safe.
 *
 * @param analysis the analysis the entities were found in
 * @param entities the entities, ordered by start offset, never overlapping
 */
public record EntityDocument(AnalyzedText analysis, List<Entity> entities) {

  /** Validates and copies. */
  public EntityDocument {
    Objects.requireNonNull(analysis, "analysis");
    entities = List.copyOf(entities);
  }

  /**
   * Lists each distinct entity once, with its canonical name, type, id, mention count and spans, in
   * order of first mention.
   *
   * @return the summary
   */
  public List<EntitySummary> summary() {
    return summarize(entities);
  }

  /**
   * Summarizes entities by id (see {@link #summary()}).
   *
   * @param entities entities of one document
   * @return one summary per distinct id, in order of first mention
   */
  public static List<EntitySummary> summarize(List<Entity> entities) {
    Map<String, List<Entity>> byId = new LinkedHashMap<>();
    for (Entity e : entities) {
      byId.computeIfAbsent(e.type() + "\u0000" + e.id(), k -> new ArrayList<>()).add(e);
    }
    List<EntitySummary> out = new ArrayList<>(byId.size());
    for (List<Entity> mentions : byId.values()) {
      Entity first = mentions.get(0);
      List<TextSpan> spans = new ArrayList<>(mentions.size());
      for (Entity e : mentions) {
        spans.add(e.span());
      }
      out.add(
          new EntitySummary(
              first.id(),
              first.type(),
              first.canonicalName(),
              Transliteration.toLatin(first.canonicalName()),
              mentions.size(),
              spans));
    }
    return out;
  }
}

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
 * @param englishNames the English names that the lists know for the entities' ids (Lucknow for
 *     {@code loc:in:city:lucknow}); an entity without one has none here
 */
public record EntityDocument(AnalyzedText analysis, List<Entity> entities, Map<String, String> englishNames) {

  /** Validates and copies. */
  public EntityDocument {
    Objects.requireNonNull(analysis, "analysis");
    entities = List.copyOf(entities);
    englishNames = Map.copyOf(englishNames);
  }

  /**
   * A document without English names (its summary shows ISO transliterations).
   *
   * @param analysis the analysis the entities were found in
   * @param entities the entities, ordered by start offset, never overlapping
   */
  public EntityDocument(AnalyzedText analysis, List<Entity> entities) {
    this(analysis, entities, Map.of());
  }

  /**
   * The entity's name in Latin script: the English name where a list knows it, otherwise the ISO
   * 15919 transliteration of its canonical name.
   *
   * @param e an entity of this document
   * @return the name to show a reader of English
   */
  public String latinName(Entity e) {
    String en = englishNames.get(e.id());
    return en != null ? en : Transliteration.toLatin(e.canonicalName());
  }

  /**
   * Lists each distinct entity once, with its canonical name, type, id, mention count and spans, in
   * order of first mention.
   *
   * @return the summary
   */
  public List<EntitySummary> summary() {
    return summarize(entities, englishNames);
  }

  /**
   * Summarizes entities by id (see {@link #summary()}), with ISO transliterations as Latin names.
   *
   * @param entities entities of one document
   * @return one summary per distinct id, in order of first mention
   */
  public static List<EntitySummary> summarize(List<Entity> entities) {
    return summarize(entities, Map.of());
  }

  /**
   * Summarizes entities by id (see {@link #summary()}).
   *
   * @param entities entities of one document
   * @param englishNames English names by entity id; the others get the ISO transliteration
   * @return one summary per distinct id, in order of first mention
   */
  public static List<EntitySummary> summarize(List<Entity> entities, Map<String, String> englishNames) {
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
              englishNames.getOrDefault(first.id(), Transliteration.toLatin(first.canonicalName())),
              mentions.size(),
              spans));
    }
    return out;
  }
}

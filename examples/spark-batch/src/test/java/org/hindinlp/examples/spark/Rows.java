package org.hindinlp.examples.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntitySummary;
import org.hindinlp.ner.EntityTagger;

/**
 * The job's two output tables as lines of text, computed by the library in this JVM: what the
 * tests compare the job's Parquet output with, column for column.
 */
final class Rows {

  private Rows() {}

  /** The expected rows of both tables. */
  record Expected(List<String> mentions, List<String> entities) {}

  /** Tags every document with the library, in document order. */
  static Expected library(List<TestDocuments.Doc> docs, EntityTagger tagger) {
    List<String> mentions = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    for (TestDocuments.Doc d : docs) {
      if (d.text() == null) {
        continue;
      }
      EntityDocument doc = tagger.analyze(d.text());
      for (Entity e : doc.entities()) {
        mentions.add(
            mention(d.id(), e.start(), e.end(), e.type().name(), e.text(), e.id(),
                e.canonicalName(), e.source().name(), e.score()));
      }
      for (EntitySummary s : doc.summary()) {
        StringBuilder spans = new StringBuilder();
        for (TextSpan t : s.spans()) {
          span(spans, t.start(), t.end());
        }
        entities.add(
            entity(d.id(), s.id(), s.type().name(), s.canonicalName(), s.latin(), s.mentions(),
                spans.toString()));
      }
    }
    return new Expected(mentions, entities);
  }

  /** A mentions row: {@code id, start, end, type, text, entity_id, name, source, score}. */
  static String mention(
      String id, int start, int end, String type, String text, String entityId, String name,
      String source, double score) {
    return String.join(
        "\t", id, Integer.toString(start), Integer.toString(end), type, text, entityId, name,
        source, Double.toString(score));
  }

  /** An entities row: {@code id, entity_id, type, name, latin, mentions, spans}. */
  static String entity(
      String id, String entityId, String type, String name, String latin, int mentions,
      String spans) {
    return String.join(
        "\t", id, entityId, type, name, latin, Integer.toString(mentions), spans);
  }

  /** Appends a span as {@code [start,end)}. */
  static void span(StringBuilder spans, int start, int end) {
    spans.append('[').append(start).append(',').append(end).append(')');
  }

  /**
   * Sorts rows by document (in the input's order) keeping the relative order of each document's
   * rows, which Spark preserves within a partition: Parquet files come back in no particular order.
   */
  static List<String> inDocumentOrder(List<TestDocuments.Doc> docs, List<String> rows) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      order.put(docs.get(i).id(), i);
    }
    List<String> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingInt(
            s -> order.getOrDefault(s.substring(0, s.indexOf('\t')), Integer.MAX_VALUE)));
    return sorted;
  }
}

package org.hindinlp.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
import org.hindinlp.ner.EntitySummary;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in Spark local mode (two threads, a few hundred documents) and checks its Parquet
 * output row for row against the library run in this JVM on the same documents.
 */
class SparkJobTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("SparkJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesOutputEqualsTheLibraryRowForRow(@TempDir Path dir) {
    List<TestDocuments.Doc> docs = TestDocuments.synthetic(300, 8);
    Path input = dir.resolve("docs-jsonl");
    frame(docs).write().json(input.toString()); // JSON Lines, null fields left out

    int before = TaggerHolder.builds();
    String out = dir.resolve("out").toString();
    TagArchive.Result r =
        TagArchive.run(
            spark,
            new TagArchive.Options(
                input.toString(), "jsonl", out, List.of(),
                DevanagariNormalizer.Level.CANONICAL, 4, false));

    EntityTagger library = EntityTagger.standard();
    checkAgainstLibrary(docs, library, out, r);
    assertTrue(
        TaggerHolder.builds() - before <= 1,
        "one tagger per JVM and configuration, whatever the number of tasks");
  }

  @Test
  void userListIsShippedToTheExecutors(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("rivers-and-agencies.tsv");
    Files.writeString(
        list,
        """
        #format: hindi-nlp-list/1
        #types: RIVER
        ब्रह्मपुत्र	RIVER	river:brahmaputra	ब्रह्मपुत्र नदी	Brahmaputra
        गंगा	RIVER	river:ganga	Ganga
        राष्ट्रीय आपदा मोचन बल	ORGANIZATION	org:ndrf	एनडीआरएफ	NDRF
        """,
        StandardCharsets.UTF_8);
    List<TestDocuments.Doc> docs = TestDocuments.synthetic(200, 11);
    Path input = dir.resolve("docs-parquet");
    frame(docs).repartition(3).write().parquet(input.toString());

    int before = TaggerHolder.builds();
    String out = dir.resolve("out").toString();
    TagArchive.Result r =
        TagArchive.run(
            spark,
            new TagArchive.Options(
                input.toString(), "parquet", out, List.of(list.toString()),
                DevanagariNormalizer.Level.SEARCH, 4, false));
    assertEquals(1, TaggerHolder.builds() - before, "built once for this configuration");

    EntityTagger library =
        EntityTagger.builder()
            .addList(EntityList.load(list))
            .matchLevel(DevanagariNormalizer.Level.SEARCH)
            .build();
    checkAgainstLibrary(docs, library, out, r);
    long rivers =
        spark.read().parquet(out + "/mentions").where("type = 'RIVER'").count();
    assertTrue(rivers > 0, "the user's type is found by the executors: " + rivers);
    long ndrf =
        spark.read().parquet(out + "/entities").where("entity_id = 'org:ndrf'").count();
    assertTrue(ndrf > 0, "the user's id wins over the built-in rules");
  }

  @Test
  void aBadListFailsOnTheDriverWithItsLine(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("typo-list.tsv");
    Files.writeString(
        list, "#format: hindi-nlp-list/1\nभाजपा\tPARTI\tparty:bjp\n", StandardCharsets.UTF_8);
    EntityListException e =
        assertThrows(
            EntityListException.class,
            () ->
                TagArchive.run(
                    spark,
                    new TagArchive.Options(
                        dir.resolve("none").toString(), "jsonl", dir.resolve("out").toString(),
                        List.of(list.toString()), DevanagariNormalizer.Level.CANONICAL, 0,
                        false)));
    assertTrue(e.getMessage().contains("typo-list.tsv:2"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
  }

  // ---------------------------------------------------------------------------------------------

  private static Dataset<Row> frame(List<TestDocuments.Doc> docs) {
    List<Row> rows = new ArrayList<>();
    for (TestDocuments.Doc d : docs) {
      rows.add(RowFactory.create(d.id(), d.text()));
    }
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /** Both tables equal, row for row (in a fixed order), what the library gives in this JVM. */
  private static void checkAgainstLibrary(
      List<TestDocuments.Doc> docs, EntityTagger library, String out, TagArchive.Result r) {
    List<String> mentions = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    for (TestDocuments.Doc d : docs) {
      if (d.text() == null) {
        continue;
      }
      EntityDocument doc = library.analyze(d.text());
      for (Entity e : doc.entities()) {
        mentions.add(
            String.join(
                "\t", d.id(), Integer.toString(e.start()), Integer.toString(e.end()),
                e.type().name(), e.text(), e.id(), e.canonicalName(), e.source().name(),
                Double.toString(e.score())));
      }
      for (EntitySummary s : doc.summary()) {
        StringBuilder spans = new StringBuilder();
        for (TextSpan t : s.spans()) {
          spans.append('[').append(t.start()).append(',').append(t.end()).append(')');
        }
        entities.add(
            String.join(
                "\t", d.id(), s.id(), s.type().name(), s.canonicalName(), s.latin(),
                Integer.toString(s.mentions()), spans.toString()));
      }
    }
    assertTrue(mentions.size() > 1000, "a meaningful test: " + mentions.size() + " mentions");

    List<String> gotMentions = new ArrayList<>();
    Dataset<Row> m = spark.read().parquet(out + "/mentions");
    assertEquals(
        List.of("id", "start", "end", "type", "text", "entity_id", "name", "source", "score"),
        List.of(m.columns()));
    for (Row row : m.collectAsList()) {
      gotMentions.add(
          String.join(
              "\t", row.getString(0), Integer.toString(row.getInt(1)),
              Integer.toString(row.getInt(2)), row.getString(3), row.getString(4),
              row.getString(5), row.getString(6), row.getString(7),
              Double.toString(row.getDouble(8))));
    }
    List<String> gotEntities = new ArrayList<>();
    Dataset<Row> en = spark.read().parquet(out + "/entities");
    assertEquals(
        List.of("id", "entity_id", "type", "name", "latin", "mentions", "spans"),
        List.of(en.columns()));
    for (Row row : en.collectAsList()) {
      StringBuilder spans = new StringBuilder();
      for (Row t : row.<Row>getList(6)) {
        spans.append('[').append(t.getInt(0)).append(',').append(t.getInt(1)).append(')');
      }
      gotEntities.add(
          String.join(
              "\t", row.getString(0), row.getString(1), row.getString(2), row.getString(3),
              row.getString(4), Integer.toString(row.getInt(5)), spans.toString()));
    }
    // Parquet files come back in no particular order: compare in document order, then the
    // library's own order within a document (mentions by start, summary as the library lists it).
    assertEquals(mentions, inDocumentOrder(docs, gotMentions));
    assertEquals(entities, inDocumentOrder(docs, gotEntities));
    assertEquals(docs.size(), r.documents());
    assertEquals(mentions.size(), r.mentions());
    assertEquals(entities.size(), r.entities());
  }

  /**
   * Sorts rows by document (in the input's order) keeping the relative order of each document's
   * rows, which Spark preserves within a partition.
   */
  private static List<String> inDocumentOrder(List<TestDocuments.Doc> docs, List<String> rows) {
    java.util.Map<String, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      order.put(docs.get(i).id(), i);
    }
    List<String> sorted = new ArrayList<>(rows);
    sorted.sort(
        java.util.Comparator.comparingInt(
            s -> order.getOrDefault(s.substring(0, s.indexOf('\t')), Integer.MAX_VALUE)));
    return sorted;
  }
}

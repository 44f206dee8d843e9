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
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
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
                input.toString(), "jsonl", out, List.of(), null,
                DevanagariNormalizer.Level.CANONICAL, 4, false));

    EntityTagger library = EntityTagger.standard();
    checkAgainstLibrary(docs, library, out, r);
    assertTrue(
        TaggerHolder.builds() - before <= 1,
        "one tagger per JVM and configuration, whatever the number of tasks");
  }

  @Test
  void userListsAndModelReachTheTasks(@TempDir Path dir) throws IOException {
    Path list = riverList(dir);
    Path agencies = dir.resolve("agencies.jsonl");
    Files.writeString(
        agencies,
        """
        {"format": "hindi-nlp-list/1"}
        {"id": "org:asdma", "type": "ORGANIZATION", "names": ["असम राज्य आपदा प्रबंधन प्राधिकरण", "एएसडीएमए"]}
        """,
        StandardCharsets.UTF_8);
    Path model = shippedModelCopy(dir);
    List<TestDocuments.Doc> docs = TestDocuments.synthetic(200, 11);
    Path input = dir.resolve("docs-parquet");
    frame(docs).repartition(3).write().parquet(input.toString());

    int before = TaggerHolder.builds();
    String out = dir.resolve("out").toString();
    TagArchive.Result r =
        TagArchive.run(
            spark,
            new TagArchive.Options(
                input.toString(), "parquet", out, List.of(list.toString(), agencies.toString()),
                model.toString(), DevanagariNormalizer.Level.SEARCH, 4, false));
    assertEquals(1, TaggerHolder.builds() - before, "built once for this configuration");

    EntityTagger library =
        EntityTagger.builder()
            .addList(EntityList.load(list))
            .addList(EntityList.load(agencies))
            .model(model)
            .matchLevel(DevanagariNormalizer.Level.SEARCH)
            .build();
    checkAgainstLibrary(docs, library, out, r);
    long rivers =
        spark.read().parquet(out + "/mentions").where("type = 'RIVER'").count();
    assertTrue(rivers > 0, "the user's type is found by the executors: " + rivers);
    long ndrf =
        spark.read().parquet(out + "/entities").where("entity_id = 'org:ndrf'").count();
    assertTrue(ndrf > 0, "the user's id wins over the built-in rules");
    long asdma =
        spark.read().parquet(out + "/entities").where("entity_id = 'org:asdma'").count();
    assertTrue(asdma > 0, "the JSON Lines list reaches the tasks too");
  }

  @Test
  void tasksBuildTheirTaggerFromTheBroadcastNotFromTheFile(@TempDir Path dir) throws IOException {
    Path list = riverList(dir);
    List<TestDocuments.Doc> docs = TestDocuments.synthetic(60, 5);
    EntityTagger library =
        EntityTagger.builder()
            .addList(EntityList.load(list))
            .matchLevel(DevanagariNormalizer.Level.SEARCH)
            .build();
    try (TagArchive.Tagging tagging =
        TagArchive.Tagging.prepare(
            spark, List.of(list.toString()), null, DevanagariNormalizer.Level.SEARCH)) {
      // What an executor on another machine sees: no list file, no tagger built yet.
      Files.delete(list);
      TaggerHolder.forgetForTests();
      int before = TaggerHolder.builds();
      List<Row> rows =
          TagArchive.tag(frame(docs).repartition(3), tagging.function()).collectAsList();
      assertEquals(1, TaggerHolder.builds() - before, "the tasks built one tagger");
      int checked = 0;
      for (Row row : rows) {
        String text = textOf(docs, row.getString(0));
        List<Row> mentions = row.getList(1);
        if (text != null) {
          List<Entity> expected = library.analyze(text).entities();
          assertEquals(expected.size(), mentions.size(), row.getString(0));
          for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).id(), mentions.get(i).getString(4));
            assertEquals(expected.get(i).start(), mentions.get(i).getInt(0));
            checked++;
          }
        }
      }
      assertEquals(docs.size(), rows.size());
      assertTrue(checked > 100, "a meaningful test: " + checked + " mentions");
    }
  }

  @Test
  void aTaskCarriesTheBroadcastHandleNotTheFiles(@TempDir Path dir) throws Exception {
    StringBuilder big = new StringBuilder("#format: hindi-nlp-list/1\n#types: VILLAGE\n");
    for (int i = 0; i < 3000; i++) {
      big.append("ग्राम संख्या ").append(i).append("\tVILLAGE\tvillage:").append(i).append('\n');
    }
    Path list = dir.resolve("villages.tsv");
    Files.writeString(list, big, StandardCharsets.UTF_8);
    try (TagArchive.Tagging tagging =
        TagArchive.Tagging.prepare(
            spark, List.of(list.toString()), null, DevanagariNormalizer.Level.CANONICAL)) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(tagging.function());
      }
      assertTrue(Files.size(list) > 100_000, "the list is large: " + Files.size(list));
      assertTrue(bytes.size() < 2_000, "a task's function is small: " + bytes.size() + " bytes");
    }
  }

  @Test
  void aBadListFailsOnTheDriverWithItsLine(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("typo-list.tsv");
    Files.writeString(
        list, "#format: hindi-nlp-list/1\nभाजपा\tPARTI\tparty:bjp\n", StandardCharsets.UTF_8);
    EntityListException e =
        assertThrows(EntityListException.class, () -> run(dir, List.of(list.toString()), null));
    assertTrue(e.getMessage().contains("typo-list.tsv:2"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing written");

    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(
        latin1,
        "#format: hindi-nlp-list/1\nPune\tLOCATION\tplace:pune\nCaf\u00e9\tORGANIZATION\torg:cafe\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    e = assertThrows(EntityListException.class, () -> run(dir, List.of(latin1.toString()), null));
    assertEquals(latin1 + ":3: not valid UTF-8", e.getMessage());

    String missing = dir.resolve("missing.tsv").toString();
    e = assertThrows(EntityListException.class, () -> run(dir, List.of(missing), null));
    assertEquals(missing + ": no such file", e.getMessage());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aBadModelFailsOnTheDriverWithItsName(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("not-a-model.bin");
    Files.writeString(model, "hello", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run(dir, List.of(), model.toString()));
    assertTrue(
        e.getMessage().startsWith(model + ": not a usable entity model: "), e.getMessage());
    assertTrue(!e.getMessage().contains("hindinlp-model"), "no temporary path: " + e.getMessage());
    String missing = dir.resolve("missing.bin").toString();
    e = assertThrows(IllegalArgumentException.class, () -> run(dir, List.of(), missing));
    assertEquals(missing + ": no such model file", e.getMessage());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
  }

  /** Runs the job on an input that does not exist: only what happens before reading it counts. */
  private static TagArchive.Result run(Path dir, List<String> lists, String model) {
    return TagArchive.run(
        spark,
        new TagArchive.Options(
            dir.resolve("none").toString(), "jsonl", dir.resolve("out").toString(), lists, model,
            DevanagariNormalizer.Level.CANONICAL, 0, false));
  }

  private static Path riverList(Path dir) throws IOException {
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
    return list;
  }

  /** The library's shipped model, copied to a file: a stand-in for a model the user trained. */
  static Path shippedModelCopy(Path dir) throws IOException {
    Path model = dir.resolve("user-model.bin");
    try (java.io.InputStream in =
        EntityTagger.class.getResourceAsStream("/org/hindinlp/ner/model/ner-model.bin")) {
      assertTrue(in != null, "the library jar holds its model");
      Files.copy(in, model);
    }
    return model;
  }

  private static String textOf(List<TestDocuments.Doc> docs, String id) {
    for (TestDocuments.Doc d : docs) {
      if (d.id().equals(id)) {
        return d.text();
      }
    }
    throw new AssertionError("no document " + id);
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
    Rows.Expected expected = Rows.library(docs, library);
    assertTrue(
        expected.mentions().size() > 1000,
        "a meaningful test: " + expected.mentions().size() + " mentions");

    List<String> gotMentions = new ArrayList<>();
    Dataset<Row> m = spark.read().parquet(out + "/mentions");
    assertEquals(
        List.of("id", "start", "end", "type", "text", "entity_id", "name", "source", "score"),
        List.of(m.columns()));
    for (Row row : m.collectAsList()) {
      gotMentions.add(
          Rows.mention(
              row.getString(0), row.getInt(1), row.getInt(2), row.getString(3), row.getString(4),
              row.getString(5), row.getString(6), row.getString(7), row.getDouble(8)));
    }
    List<String> gotEntities = new ArrayList<>();
    Dataset<Row> en = spark.read().parquet(out + "/entities");
    assertEquals(
        List.of("id", "entity_id", "type", "name", "latin", "mentions", "spans"),
        List.of(en.columns()));
    for (Row row : en.collectAsList()) {
      StringBuilder spans = new StringBuilder();
      for (Row t : row.<Row>getList(6)) {
        Rows.span(spans, t.getInt(0), t.getInt(1));
      }
      gotEntities.add(
          Rows.entity(
              row.getString(0), row.getString(1), row.getString(2), row.getString(3),
              row.getString(4), row.getInt(5), spans.toString()));
    }
    assertEquals(expected.mentions(), Rows.inDocumentOrder(docs, gotMentions));
    assertEquals(expected.entities(), Rows.inDocumentOrder(docs, gotEntities));
    assertEquals(docs.size(), r.documents());
    assertEquals(expected.mentions().size(), r.mentions());
    assertEquals(expected.entities().size(), r.entities());
  }
}

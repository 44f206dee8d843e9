package org.hindinlp.examples.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hindinlp.HindiNlp;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * The throughput figures of {@code docs/spark.md}: the library alone on one thread, then the whole
 * job (read JSON Lines, tag, write both Parquet tables) in Spark local mode with 1 and 2 cores, on
 * the same documents. Not a test; run by hand (command in docs/spark.md).
 *
 * <p>Arguments: number of documents (default 2000), repetitions per measurement (default 3).
 */
public final class Throughput {

  private Throughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<TestDocuments.Doc> docs = TestDocuments.synthetic(n, 2026).subList(0, n);
    long tokens = 0;
    long chars = 0;
    for (TestDocuments.Doc d : docs) {
      tokens += HindiNlp.standard().analyze(d.text()).tokens().size();
      chars += d.text().length();
    }
    System.out.printf("%d documents, %d tokens, %d UTF-16 chars%n", n, tokens, chars);

    // The library alone, one thread: the same work per document as a task does.
    EntityTagger tagger = EntityTagger.standard();
    for (int w = 0; w < 2; w++) {
      library(tagger, docs);
    }
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      long m = library(tagger, docs);
      report("library, 1 thread", n, tokens, System.nanoTime() - t0, m);
    }

    Path dir = Files.createTempDirectory("throughput");
    try {
      for (int cores : new int[] {1, 2}) {
        SparkSession spark =
            SparkSession.builder()
                .master("local[" + cores + "]")
                .appName("Throughput")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(2 * cores))
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Path input = dir.resolve("docs-" + cores);
        List<Row> rows = new ArrayList<>();
        for (TestDocuments.Doc d : docs) {
          rows.add(RowFactory.create(d.id(), d.text()));
        }
        StructType schema =
            new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        spark.createDataFrame(rows, schema).coalesce(1).write().json(input.toString());
        for (int r = 0; r < reps + 1; r++) {
          String out = dir.resolve("out-" + cores + "-" + r).toString();
          long t0 = System.nanoTime();
          TagArchive.Result res =
              TagArchive.run(
                  spark,
                  new TagArchive.Options(
                      input.toString(), "jsonl", out, List.of(), null,
                      DevanagariNormalizer.Level.CANONICAL, 4 * cores, false));
          long t = System.nanoTime() - t0;
          if (r > 0) { // the first run warms up Spark's code paths
            report("spark local[" + cores + "], whole job", n, tokens, t, res.mentions());
          }
          // Reading and tagging only: the tagged rows go to Spark's no-op sink.
          t0 = System.nanoTime();
          TagArchive.tag(
                  TagArchive.read(spark, input.toString(), "jsonl").repartition(4 * cores),
                  new TagArchive.TagPartition(
                      TaggerConfig.builtIn(DevanagariNormalizer.Level.CANONICAL), null))
              .write()
              .format("noop")
              .mode("overwrite")
              .save();
          t = System.nanoTime() - t0;
          if (r > 0) {
            report("spark local[" + cores + "], read+tag", n, tokens, t, 0);
          }
        }
        spark.stop();
      }
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long library(EntityTagger tagger, List<TestDocuments.Doc> docs) {
    long mentions = 0;
    for (TestDocuments.Doc d : docs) {
      EntityDocument doc = tagger.analyze(d.text());
      mentions += doc.entities().size() + doc.summary().size();
    }
    return mentions;
  }

  private static void report(String what, int n, long tokens, long nanos, long check) {
    double s = nanos / 1e9;
    System.out.printf(
        "%-32s %7.2f s  %8.0f docs/s  %9.0f tokens/s  (%d)%n", what, s, n / s, tokens / s, check);
  }
}

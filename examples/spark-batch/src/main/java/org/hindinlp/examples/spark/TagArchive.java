package org.hindinlp.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntitySummary;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Tags an archive of {@code {id, text}} documents on Apache Spark and writes two Parquet tables:
 * {@code OUTPUT/mentions} (one row per entity mention) and {@code OUTPUT/entities} (one row per
 * distinct entity of a document). See {@code docs/spark.md}.
 *
 * <p>The driver reads the user's lists and model and broadcasts their contents ({@link UserFiles});
 * tasks carry only a small {@link TaggerConfig} and the broadcast's handle; each executor JVM
 * builds its tagger once ({@link TaggerHolder}) and its task threads share it.
 */
public final class TagArchive {

  static final String USAGE =
      """
      usage: spark-submit --class org.hindinlp.examples.spark.TagArchive spark-batch-job.jar \\
               --input PATH --output DIR [--format jsonl|parquet] [--list FILE]... \\
               [--model FILE] [--match-level canonical|search] [--partitions N] [--overwrite]
        --input PATH         documents: JSON Lines {"id": ..., "text": ...} or Parquet with id, text
        --format F           jsonl (default) or parquet
        --output DIR         writes DIR/mentions and DIR/entities (Parquet)
        --list FILE          a user entity list (.tsv or .jsonl), repeatable; any path the driver
                             reads (local, hdfs://, s3a://); the driver reads it and broadcasts it
        --model FILE         a model trained with `hindi-nlp train` instead of the shipped one;
                             read by the driver and broadcast, like the lists
        --match-level L      canonical (default) or search (matches across spelling variants)
        --partitions N       repartition the documents into N partitions before tagging
                             (default: keep the input's partitions)
        --overwrite          replace DIR/mentions and DIR/entities if they exist
      """;

  /** Schema of a mention row, without the document id. */
  static final StructType MENTION =
      new StructType()
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("type", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("entity_id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false);

  static final StructType SPAN =
      new StructType()
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false);

  /** Schema of an entity summary row, without the document id. */
  static final StructType SUMMARY =
      new StructType()
          .add("entity_id", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("latin", DataTypes.StringType, false)
          .add("mentions", DataTypes.IntegerType, false)
          .add("spans", DataTypes.createArrayType(SPAN, false), false);

  /** One tagged document: its mentions and its entity summary, before they are exploded. */
  static final StructType TAGGED =
      new StructType()
          .add("id", DataTypes.StringType, true)
          .add("mentions", DataTypes.createArrayType(MENTION, false), false)
          .add("entities", DataTypes.createArrayType(SUMMARY, false), false);

  private TagArchive() {}

  /**
   * The job's options.
   *
   * @param input the documents
   * @param format {@code jsonl} or {@code parquet}
   * @param output the output directory
   * @param lists the user's list files
   * @param model the user's model file, or null for the shipped model
   * @param matchLevel the match level
   * @param partitions the number of partitions to tag in, or 0 to keep the input's
   * @param overwrite whether to replace existing output
   */
  public record Options(
      String input,
      String format,
      String output,
      List<String> lists,
      String model,
      DevanagariNormalizer.Level matchLevel,
      int partitions,
      boolean overwrite) {

    /** Validates and copies. */
    public Options {
      lists = List.copyOf(lists);
      if (input == null || output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      if (!format.equals("jsonl") && !format.equals("parquet")) {
        throw new IllegalArgumentException("--format must be jsonl or parquet, not '" + format + "'");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be positive");
      }
    }
  }

  /**
   * What a run wrote.
   *
   * @param documents the number of documents read
   * @param mentions the number of mention rows written
   * @param entities the number of entity summary rows written
   */
  public record Result(long documents, long mentions, long entities) {}

  /**
   * Parses the command line.
   *
   * @param args the arguments
   * @return the options, or null if help was asked for
   * @throws IllegalArgumentException if the arguments are wrong
   */
  static Options parse(String[] args) {
    String input = null;
    String output = null;
    String format = "jsonl";
    List<String> lists = new ArrayList<>();
    String model = null;
    DevanagariNormalizer.Level level = DevanagariNormalizer.Level.CANONICAL;
    int partitions = 0;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "--overwrite" -> overwrite = true;
        case "--input", "--output", "--format", "--list", "--model", "--match-level",
            "--partitions" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          String v = args[++i];
          switch (a) {
            case "--input" -> input = v;
            case "--output" -> output = v;
            case "--format" -> format = v.toLowerCase(Locale.ROOT);
            case "--list" -> lists.add(v);
            case "--model" -> model = v;
            case "--match-level" -> {
              try {
                level = DevanagariNormalizer.Level.valueOf(v.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    "--match-level must be canonical or search, not '" + v + "'");
              }
            }
            default -> {
              try {
                partitions = Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--partitions needs a number, not '" + v + "'");
              }
              if (partitions < 1) {
                throw new IllegalArgumentException("--partitions must be positive");
              }
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    return new Options(input, format, output, lists, model, level, partitions, overwrite);
  }

  /**
   * Runs the job from the command line.
   *
   * @param args see {@link #USAGE}
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("tag-archive: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.print(USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("hindi-nlp tag archive").getOrCreate();
    try {
      Result r = run(spark, options);
      System.out.printf(
          "tag-archive: %d documents, %d mentions, %d entities -> %s%n",
          r.documents(), r.mentions(), r.entities(), options.output());
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param o the options
   * @return the counts
   */
  public static Result run(SparkSession spark, Options o) {
    // Reads the user's files and builds the tagger here, on the driver, before any task: a list
    // that cannot be read or is malformed fails now, with its file and line.
    try (Tagging tagging = Tagging.prepare(spark, o.lists(), o.model(), o.matchLevel())) {
      Dataset<Row> docs = read(spark, o.input(), o.format());
      if (o.partitions() > 0) {
        docs = docs.repartition(o.partitions());
      }
      // Tagged once, then written twice: persisted so the second write does not tag again.
      Dataset<Row> tagged = tag(docs, tagging.function()).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Dataset<Row> mentions = mentions(tagged);
        Dataset<Row> entities = entities(tagged);
        mentions.write().mode(mode).parquet(o.output() + "/mentions");
        entities.write().mode(mode).parquet(o.output() + "/entities");
        return new Result(tagged.count(), mentions.count(), entities.count());
      } finally {
        tagged.unpersist();
      }
    }
  }

  /**
   * Reads documents as {@code id STRING, text STRING}; a malformed JSON line fails the job.
   *
   * @param spark the session
   * @param path the input
   * @param format {@code jsonl} or {@code parquet}
   * @return the documents
   */
  static Dataset<Row> read(SparkSession spark, String path, String format) {
    Dataset<Row> raw =
        format.equals("parquet")
            ? spark.read().parquet(path)
            : spark.read().schema("id STRING, text STRING").option("mode", "FAILFAST").json(path);
    return raw.select(col("id").cast("string").as("id"), col("text").cast("string").as("text"));
  }

  /**
   * Tags documents: one {@link #TAGGED} row per document, in the input's partitions and order.
   *
   * @param docs {@code id, text}
   * @param function the tagging function ({@link Tagging#function()})
   * @return the tagged documents
   */
  static Dataset<Row> tag(Dataset<Row> docs, TagPartition function) {
    return docs.mapPartitions(function, Encoders.row(TAGGED));
  }

  /**
   * One row per mention: {@code id, start, end, type, text, entity_id, name, source, score}.
   *
   * @param tagged the output of {@link #tag}
   * @return the mentions
   */
  static Dataset<Row> mentions(Dataset<Row> tagged) {
    return tagged.select(col("id"), explode(col("mentions")).as("m")).select("id", "m.*");
  }

  /**
   * One row per distinct entity of a document: {@code id, entity_id, type, name, latin, mentions,
   * spans}.
   *
   * @param tagged the output of {@link #tag}
   * @return the entity summaries
   */
  static Dataset<Row> entities(Dataset<Row> tagged) {
    return tagged.select(col("id"), explode(col("entities")).as("e")).select("id", "e.*");
  }

  /**
   * The user's files made ready for the tasks: read on the driver, checked by building the tagger
   * there, and broadcast once to the executors. Close it when the job is done: that removes the
   * broadcast from the executors (their taggers stay in {@link TaggerHolder}).
   */
  static final class Tagging implements AutoCloseable {
    private final TagPartition function;
    private final Broadcast<UserFiles> broadcast;

    private Tagging(TagPartition function, Broadcast<UserFiles> broadcast) {
      this.function = function;
      this.broadcast = broadcast;
    }

    /**
     * Reads the files, builds this JVM's tagger from them and broadcasts them.
     *
     * @param spark the session
     * @param lists the user's list paths (any path the driver's Hadoop configuration reads)
     * @param model the user's model path, or null for the shipped model
     * @param level the match level
     * @return the prepared tagging
     * @throws org.hindinlp.ner.EntityListException if a list cannot be read or is malformed
     * @throws IllegalArgumentException if the model cannot be read or is not a model
     */
    static Tagging prepare(
        SparkSession spark, List<String> lists, String model, DevanagariNormalizer.Level level) {
      UserFiles files = UserFiles.read(spark.sparkContext().hadoopConfiguration(), lists, model);
      TaggerConfig config = files.config(level);
      TaggerHolder.get(config, () -> files);
      // Sent once per executor (Spark's broadcast, fetched by the first task that builds the
      // tagger there), not with every task; the built-in configuration needs nothing.
      Broadcast<UserFiles> broadcast =
          files.isEmpty()
              ? null
              : JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
      return new Tagging(new TagPartition(config, broadcast), broadcast);
    }

    /** The function the tasks run: the configuration and the broadcast's handle, no contents. */
    TagPartition function() {
      return function;
    }

    @Override
    public void close() {
      if (broadcast != null) {
        broadcast.destroy();
      }
    }
  }

  /**
   * Tags a partition with this JVM's shared tagger. Serializable and small: it holds the {@link
   * TaggerConfig} and the handle of the broadcast {@link UserFiles} (null without user files),
   * never a tagger or the files' contents. Documents stream through one at a time.
   */
  static final class TagPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 2L;
    private final TaggerConfig config;
    private final Broadcast<UserFiles> files;

    TagPartition(TaggerConfig config, Broadcast<UserFiles> files) {
      boolean userFiles = !config.listSources().isEmpty() || config.modelSource() != null;
      if (userFiles && files == null) {
        throw new IllegalArgumentException("user files need their broadcast");
      }
      this.config = config;
      this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> docs) {
      EntityTagger tagger =
          TaggerHolder.get(config, () -> files == null ? UserFiles.NONE : files.value());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return docs.hasNext();
        }

        @Override
        public Row next() {
          Row doc = docs.next();
          return tagOne(tagger, doc.getString(0), doc.getString(1));
        }
      };
    }
  }

  /** Tags one document into a {@link #TAGGED} row; a null text has no entities. */
  static Row tagOne(EntityTagger tagger, String id, String text) {
    if (text == null) {
      return RowFactory.create(id, seq(List.of()), seq(List.of()));
    }
    EntityDocument doc = tagger.analyze(text);
    List<Row> mentions = new ArrayList<>(doc.entities().size());
    for (Entity e : doc.entities()) {
      mentions.add(
          RowFactory.create(
              e.start(),
              e.end(),
              e.type().name(),
              e.text(),
              e.id(),
              e.canonicalName(),
              e.source().name(),
              e.score()));
    }
    List<EntitySummary> summary = doc.summary();
    List<Row> entities = new ArrayList<>(summary.size());
    for (EntitySummary s : summary) {
      List<Row> spans = new ArrayList<>(s.spans().size());
      for (TextSpan span : s.spans()) {
        spans.add(RowFactory.create(span.start(), span.end()));
      }
      entities.add(
          RowFactory.create(
              s.id(), s.type().name(), s.canonicalName(), s.latin(), s.mentions(), seq(spans)));
    }
    return RowFactory.create(id, seq(mentions), seq(entities));
  }

  /** Spark's row encoder takes Scala sequences for array columns. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }
}

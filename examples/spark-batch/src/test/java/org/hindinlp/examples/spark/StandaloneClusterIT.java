package org.hindinlp.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The job on a real Spark standalone cluster: a master and two worker JVMs started from the Spark
 * jars this project depends on, and the job jar submitted with {@code SparkSubmit} in client mode,
 * with two user lists and a user model, in more partitions than executors. Its output equals, row
 * for row, the library run in this JVM on the same documents; and it still does when one worker JVM
 * and its executor are killed in the middle of the tagging.
 *
 * <p>A failsafe integration test ({@code mvn verify}; {@code -DskipITs} skips it). The Spark jars
 * come from {@code cluster.sparkJars} (a class path file written by the build), the job from
 * {@code cluster.jobJar}. Prints the per-task times and the executors' memory, the figures of
 * docs/spark.md; {@code -Dcluster.documents=N} changes the number of documents (default 10,000;
 * for more, lift the test's 6-minute bound with {@code -Djunit.jupiter.execution.timeout.mode=disabled}).
 */
class StandaloneClusterIT {

  private static final Duration START = Duration.ofSeconds(60);
  private static final int PARTITIONS = 8;
  private static final Pattern RERUN = Pattern.compile("Starting task \\d+\\.[1-9]\\d* in stage");
  private static final Pattern FINISHED =
      Pattern.compile("Finished task \\S+ in stage (\\S+) \\(TID \\d+\\) .*\\((\\d+)/(\\d+)\\)$");

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void listJobOnTwoWorkersEqualsTheLibraryAndSurvivesALostWorker() throws Exception {
    Path dir = Path.of(System.getProperty("cluster.dir", "target/cluster-it")).toAbsolutePath();
    Path jobJar = Path.of(System.getProperty("cluster.jobJar", "target/spark-batch-job.jar"));
    assertTrue(Files.isRegularFile(jobJar), "the job jar is built first (mvn package): " + jobJar);
    int n = Integer.getInteger("cluster.documents", 10_000);
    Duration job = Duration.ofSeconds(120 + n / 100); // per run; a loaded 2-core machine is slow

    for (String sub :
        List.of("input", "lists", "out-1", "out-2", "events", "logs", "work-0", "work-1")) {
      LocalCluster.deleteTree(dir.resolve(sub));
    }
    for (String sub : List.of("input", "lists", "events", "logs")) {
      Files.createDirectories(dir.resolve(sub));
    }
    Path home = LocalCluster.sparkHome(dir.resolve("spark-home"), sparkJars());

    // The input, the user's files, and what the library gives on them in one JVM.
    List<TestDocuments.Doc> docs = TestDocuments.synthetic(n, 2026);
    Path input = dir.resolve("input/docs.jsonl");
    writeJsonLines(docs, input);
    Path rivers = dir.resolve("lists/mylist.tsv");
    Files.writeString(
        rivers,
        """
        #format: hindi-nlp-list/1
        #types: RIVER
        ब्रह्मपुत्र	RIVER	river:brahmaputra	ब्रह्मपुत्र नदी	Brahmaputra
        गंगा	RIVER	river:ganga	Ganga
        राष्ट्रीय आपदा मोचन बल	ORGANIZATION	org:ndrf	एनडीआरएफ	NDRF
        """,
        StandardCharsets.UTF_8);
    Path agencies = dir.resolve("lists/agencies.jsonl");
    Files.writeString(
        agencies,
        """
        {"format": "hindi-nlp-list/1"}
        {"id": "org:asdma", "type": "ORGANIZATION", "names": ["असम राज्य आपदा प्रबंधन प्राधिकरण", "एएसडीएमए"]}
        """,
        StandardCharsets.UTF_8);
    Files.deleteIfExists(dir.resolve("lists/user-model.bin"));
    Path model = SparkJobTest.shippedModelCopy(dir.resolve("lists"));
    EntityTagger library =
        EntityTagger.builder()
            .addList(EntityList.load(rivers))
            .addList(EntityList.load(agencies))
            .model(model)
            .matchLevel(DevanagariNormalizer.Level.SEARCH)
            .build();
    Rows.library(docs.subList(0, Math.min(2000, n)), library); // warm-up
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Rows.Expected expected = Rows.library(docs, library);
    double librarySeconds = (System.nanoTime() - t0) / 1e9;
    double libraryCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    assertTrue(expected.mentions().size() > 3 * n, "a meaningful test");
    assertTrue(expected.mentions().stream().anyMatch(m -> m.contains("\tRIVER\t")));
    assertTrue(expected.mentions().stream().anyMatch(m -> m.contains("\torg:asdma\t")));

    List<String> figures = new ArrayList<>();
    figures.add(
        String.format(
            Locale.ROOT,
            "documents %d; library, 1 thread, this JVM: %.1f s (CPU %.1f s), %.0f docs/s,"
                + " %.0f docs per CPU s",
            n, librarySeconds, libraryCpu, n / librarySeconds, n / libraryCpu));

    try (LocalCluster cluster = LocalCluster.start(dir, home, 2, 1, "1g", START)) {
      // 1. The whole job on two executors.
      Path log1 = dir.resolve("logs/driver-1.log");
      Process driver = cluster.submit("1g", log1, submitArgs(dir, jobJar, input, "out-1",
          rivers, agencies, model));
      long start = System.nanoTime();
      int code = cluster.await(driver, job, () -> {});
      double jobSeconds = (System.nanoTime() - start) / 1e9;
      assertEquals(0, code, "the job succeeded\n" + LocalCluster.tail(log1));
      assertEquals(expected.mentions(), Rows.inDocumentOrder(docs, mentions(dir.resolve("out-1"))));
      assertEquals(expected.entities(), Rows.inDocumentOrder(docs, entities(dir.resolve("out-1"))));
      assertTrue(
          LocalCluster.lines(log1).stream()
              .anyMatch(l -> l.contains("tag-archive: " + docs.size())),
          "the driver's summary line");
      figures.add(String.format(Locale.ROOT, "run 1 (two executors): spark-submit to exit %.1f s",
          jobSeconds));
      figures.addAll(taskFigures(dir.resolve("events"), "run 1"));
      figures.add("executors' peak RSS (VmHWM), MB: " + rssMb(cluster.executorPeakRssKb()));
      figures.addAll(buildTimes(dir));

      // 2. The same job; one worker JVM and its executor are killed once the tagging has begun.
      Path log2 = dir.resolve("logs/driver-2.log");
      driver = cluster.submit("1g", log2, submitArgs(dir, jobJar, input, "out-2",
          rivers, agencies, model));
      List<Long> killed = new ArrayList<>();
      Process d2 = driver;
      code =
          cluster.await(
              driver,
              job,
              () -> {
                if (killed.isEmpty() && tagTasksFinished(log2) >= 1
                    && !cluster.executorsOf(1).isEmpty()) {
                  assertTrue(d2.isAlive(), "the job is still running when the worker is killed");
                  killed.addAll(cluster.killWorker(1));
                }
              });
      assertEquals(0, code, "the job survived the lost worker\n" + LocalCluster.tail(log2));
      assertTrue(killed.size() >= 2, "worker 1 and its executor were killed mid-job: " + killed);
      assertTrue(
          LocalCluster.lines(log2).stream()
              .anyMatch(l -> l.contains("Lost executor") || l.contains("Removed executor")),
          "the driver lost an executor\n" + LocalCluster.tail(log2));
      assertEquals(expected.mentions(), Rows.inDocumentOrder(docs, mentions(dir.resolve("out-2"))));
      assertEquals(expected.entities(), Rows.inDocumentOrder(docs, entities(dir.resolve("out-2"))));
      figures.add("run 2: killed worker 1 and its executor (pids " + killed + ") mid-job; "
          + "tasks run again: " + countLines(log2, "its executor exited for a reason unrelated")
          + " lost with the executor, " + countMatches(log2, RERUN) + " attempts after the first");
    } finally {
      if (!figures.isEmpty()) {
        String text = String.join("\n", figures) + "\n";
        System.out.print("cluster figures:\n" + text);
        Files.writeString(dir.resolve("figures.txt"), text, StandardCharsets.UTF_8);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static List<String> submitArgs(
      Path dir, Path jobJar, Path input, String out, Path rivers, Path agencies, Path model) {
    return List.of(
        "--class", TagArchive.class.getName(),
        "--conf", "spark.executor.memory=1g",
        "--conf", "spark.executor.cores=1",
        "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.ui.enabled=false",
        "--conf", "spark.eventLog.enabled=true",
        "--conf", "spark.eventLog.compress=false",
        "--conf", "spark.eventLog.rolling.enabled=false",
        "--conf", "spark.eventLog.dir=" + dir.resolve("events").toUri(),
        jobJar.toAbsolutePath().toString(),
        "--input", input.toString(),
        "--output", dir.resolve(out).toString(),
        "--list", rivers.toString(),
        "--list", agencies.toString(),
        "--model", model.toString(),
        "--match-level", "search",
        "--partitions", Integer.toString(PARTITIONS));
  }

  /** The Spark jars: the class path file written by the build, plus Spark's own ICU4J. */
  private static List<Path> sparkJars() throws IOException {
    Path file =
        Path.of(System.getProperty("cluster.sparkJars", "target/cluster-it/spark-jars.txt"));
    List<Path> jars = new ArrayList<>();
    for (String s : Files.readString(file).strip().split(java.io.File.pathSeparator)) {
      jars.add(Path.of(s));
    }
    Path extra = Path.of(System.getProperty("cluster.extraJars", "target/cluster-it/extra-jars"));
    if (Files.isDirectory(extra)) {
      try (Stream<Path> s = Files.list(extra)) {
        s.filter(p -> p.toString().endsWith(".jar")).forEach(jars::add);
      }
    }
    assertTrue(jars.stream().anyMatch(p -> p.getFileName().toString().startsWith("spark-core")),
        "Spark's jars in " + file);
    return jars;
  }

  /** How many tasks of the first stage with {@link #PARTITIONS} tasks (the tagging) finished. */
  private static int tagTasksFinished(Path log) {
    String stage = null;
    int finished = 0;
    for (String line : LocalCluster.lines(log)) {
      Matcher m = FINISHED.matcher(line);
      if (m.find() && Integer.parseInt(m.group(3)) == PARTITIONS) {
        if (stage == null) {
          stage = m.group(1);
        }
        if (stage.equals(m.group(1))) {
          finished = Math.max(finished, Integer.parseInt(m.group(2)));
        }
      }
    }
    return finished;
  }

  private static long countMatches(Path log, Pattern p) {
    return LocalCluster.lines(log).stream().filter(l -> p.matcher(l).find()).count();
  }

  private static long countLines(Path log, String text) {
    return LocalCluster.lines(log).stream().filter(l -> l.contains(text)).count();
  }

  /** Per-task figures of the tagging stage, from the newest event log. */
  private static List<String> taskFigures(Path events, String run) throws IOException {
    Path newest;
    try (Stream<Path> s = Files.list(events)) {
      newest =
          s.max(java.util.Comparator.comparingLong(p -> p.toFile().lastModified())).orElseThrow();
    }
    ObjectMapper json = new ObjectMapper();
    Integer tagStage = null;
    long stageStart = 0;
    long stageEnd = 0;
    List<String> tasks = new ArrayList<>();
    long appStart = 0;
    long appEnd = 0;
    for (String line : Files.readAllLines(newest, StandardCharsets.UTF_8)) {
      JsonNode e = json.readTree(line);
      String event = e.path("Event").asText();
      switch (event) {
        case "SparkListenerApplicationStart" -> appStart = e.path("Timestamp").asLong();
        case "SparkListenerApplicationEnd" -> appEnd = e.path("Timestamp").asLong();
        case "SparkListenerStageCompleted" -> {
          JsonNode info = e.path("Stage Info");
          if (tagStage == null && info.path("Number of Tasks").asInt() == PARTITIONS) {
            tagStage = info.path("Stage ID").asInt();
            stageStart = info.path("Submission Time").asLong();
            stageEnd = info.path("Completion Time").asLong();
          }
        }
        default -> {}
      }
    }
    long docs = 0;
    for (String line : Files.readAllLines(newest, StandardCharsets.UTF_8)) {
      JsonNode e = json.readTree(line);
      if (tagStage != null
          && e.path("Event").asText().equals("SparkListenerTaskEnd")
          && e.path("Stage ID").asInt() == tagStage) {
        JsonNode info = e.path("Task Info");
        JsonNode metrics = e.path("Task Metrics");
        long records = metrics.path("Shuffle Read Metrics").path("Total Records Read").asLong();
        docs += records;
        long runMs = metrics.path("Executor Run Time").asLong();
        long cpuNs = metrics.path("Executor CPU Time").asLong();
        tasks.add(
            String.format(
                Locale.ROOT,
                "executor %s: %d docs, run %.2f s (CPU %.2f s, GC %.2f s), %.0f docs/s, %.0f docs"
                    + " per CPU s",
                info.path("Executor ID").asText(), records, runMs / 1e3, cpuNs / 1e9,
                metrics.path("JVM GC Time").asLong() / 1e3, records * 1e3 / Math.max(1, runMs),
                records * 1e9 / Math.max(1, cpuNs)));
      }
    }
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%s: application %.1f s; tagging stage (tag + write mentions, %d tasks, %d docs) "
                + "%.1f s, %.0f docs/s",
            run, (appEnd - appStart) / 1e3, tasks.size(), docs, (stageEnd - stageStart) / 1e3,
            docs * 1e3 / Math.max(1, stageEnd - stageStart)));
    for (String t : tasks) {
      out.add("  task on " + t);
    }
    return out;
  }

  /** The executors' tagger build lines (TaggerHolder's log, in the workers' directories). */
  private static List<String> buildTimes(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().equals("stderr")).sorted().toList()) {
        for (String line : LocalCluster.lines(p)) {
          int i = line.indexOf("hindi-nlp tagger built in");
          if (i >= 0) {
            out.add("  " + dir.relativize(p.getParent()) + ": " + line.substring(i));
          }
        }
      }
    }
    return out;
  }

  private static String rssMb(Map<Long, Long> kbByPid) {
    List<String> parts = new ArrayList<>();
    kbByPid.forEach((pid, kb) -> parts.add(pid + ": " + kb / 1024));
    return String.join(", ", parts);
  }

  private static void writeJsonLines(List<TestDocuments.Doc> docs, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (TestDocuments.Doc d : docs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("id", d.id());
        m.put("text", d.text());
        w.write(json.writeValueAsString(m));
        w.write('\n');
      }
    }
  }

  /** The mentions table, read with Parquet's own reader (no Spark in this JVM). */
  private static List<String> mentions(Path out) throws IOException {
    List<String> rows = new ArrayList<>();
    for (Group g : parquet(out.resolve("mentions"))) {
      rows.add(
          Rows.mention(
              g.getString("id", 0), g.getInteger("start", 0), g.getInteger("end", 0),
              g.getString("type", 0), g.getString("text", 0), g.getString("entity_id", 0),
              g.getString("name", 0), g.getString("source", 0), g.getDouble("score", 0)));
    }
    return rows;
  }

  /** The entities table; {@code spans} is Parquet's three-level list of structs. */
  private static List<String> entities(Path out) throws IOException {
    List<String> rows = new ArrayList<>();
    for (Group g : parquet(out.resolve("entities"))) {
      StringBuilder spans = new StringBuilder();
      Group list = g.getGroup("spans", 0);
      for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
        Group span = list.getGroup("list", i).getGroup("element", 0);
        Rows.span(spans, span.getInteger("start", 0), span.getInteger("end", 0));
      }
      rows.add(
          Rows.entity(
              g.getString("id", 0), g.getString("entity_id", 0), g.getString("type", 0),
              g.getString("name", 0), g.getString("latin", 0), g.getInteger("mentions", 0),
              spans.toString()));
    }
    return rows;
  }

  private static List<Group> parquet(Path table) throws IOException {
    assertTrue(Files.exists(table.resolve("_SUCCESS")), "the job committed " + table);
    List<Path> files;
    try (Stream<Path> s = Files.list(table)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    List<Group> rows = new ArrayList<>();
    for (Path f : files) {
      try (ParquetReader<Group> r =
          ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(f.toUri()))
              .build()) {
        Group g;
        while ((g = r.read()) != null) {
          rows.add(g);
        }
      }
    }
    return rows;
  }
}

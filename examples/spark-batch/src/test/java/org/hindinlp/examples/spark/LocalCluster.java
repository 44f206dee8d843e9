package org.hindinlp.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone cluster on this machine: one master and some worker JVMs, each a process of
 * its own started from the Spark jars, as {@code sbin/start-master.sh} and {@code start-worker.sh}
 * would start them. The workers launch their executors as further JVMs. Every process is stopped
 * by its id when the cluster is closed, the executors included; a shutdown hook does the same if
 * this JVM is stopped first.
 */
final class LocalCluster implements AutoCloseable {

  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://\\S+)");

  private final Path dir;
  private final Path sparkHome;
  private final List<Process> started = new ArrayList<>();
  private final List<Process> workers = new ArrayList<>();
  /** Executor JVMs seen under a worker, by pid, with their peak resident memory in kB. */
  private final Map<Long, Long> executorPeakRssKb = new LinkedHashMap<>();
  private final Set<ProcessHandle> executors = new LinkedHashSet<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "local-cluster-stop");
  private String masterUrl;

  private LocalCluster(Path dir, Path sparkHome) {
    this.dir = dir;
    this.sparkHome = sparkHome;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Makes a Spark home whose {@code jars/} links to the given jars, the way a Spark distribution
   * is laid out: the workers build their executors' class path from it.
   *
   * @param home the directory to make (emptied first)
   * @param jars the Spark jars
   * @return the home
   */
  static Path sparkHome(Path home, List<Path> jars) throws IOException {
    Path jarsDir = home.resolve("jars");
    deleteTree(home);
    Files.createDirectories(jarsDir);
    for (Path jar : jars) {
      Path link = jarsDir.resolve(jar.getFileName());
      if (Files.notExists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return home;
  }

  /**
   * Starts a master and the workers, and waits until every worker has registered.
   *
   * @param dir where the logs and the workers' directories go
   * @param sparkHome a Spark home ({@link #sparkHome})
   * @param workers the number of workers
   * @param cores the cores each worker offers
   * @param memory the memory each worker offers, such as {@code 1g}
   * @param timeout how long to wait for each process to be ready
   * @return the running cluster
   */
  static LocalCluster start(
      Path dir, Path sparkHome, int workers, int cores, String memory, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("logs"));
    LocalCluster c = new LocalCluster(dir, sparkHome);
    try {
      Path masterLog = dir.resolve("logs/master.log");
      c.started.add(
          c.java(
              "256m", masterLog, "org.apache.spark.deploy.master.Master",
              "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
      Matcher m = awaitLog(masterLog, MASTER_URL, c.started.get(0), timeout);
      c.masterUrl = m.group(1);
      awaitLog(masterLog, Pattern.compile("I have been elected leader"), c.started.get(0), timeout);
      for (int i = 0; i < workers; i++) {
        Path workDir = dir.resolve("work-" + i);
        Files.createDirectories(workDir);
        Process w =
            c.java(
                "256m", dir.resolve("logs/worker-" + i + ".log"),
                "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0",
                "--cores", Integer.toString(cores), "--memory", memory,
                "--work-dir", workDir.toString(), c.masterUrl);
        c.started.add(w);
        c.workers.add(w);
      }
      for (int i = 0; i < workers; i++) {
        awaitLog(
            dir.resolve("logs/worker-" + i + ".log"),
            Pattern.compile("Successfully registered with master"), c.workers.get(i), timeout);
      }
      return c;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      c.close();
      throw e;
    }
  }

  /** The master's URL, {@code spark://127.0.0.1:PORT}. */
  String masterUrl() {
    return masterUrl;
  }

  /**
   * Starts {@code SparkSubmit} in client mode against this cluster: the driver runs in the
   * started JVM, with the given heap.
   *
   * @param driverMemory the driver's heap, such as {@code 1g}
   * @param log the driver's log (standard output and error)
   * @param args SparkSubmit's arguments after {@code --master URL --deploy-mode client}
   * @return the driver's process
   */
  Process submit(String driverMemory, Path log, List<String> args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--master", masterUrl, "--deploy-mode", "client"));
    all.addAll(args);
    Process p =
        java(driverMemory, log, "org.apache.spark.deploy.SparkSubmit", all.toArray(String[]::new));
    started.add(p);
    return p;
  }

  /**
   * Waits for a process to end, recording the executors' peak memory meanwhile (every 200 ms).
   *
   * @param p the process
   * @param timeout how long to wait
   * @param whileRunning called every 200 ms while the process runs
   * @return its exit code
   * @throws AssertionError if it did not end in time (it is then stopped)
   */
  int await(Process p, Duration timeout, Runnable whileRunning) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
      sampleExecutors();
      whileRunning.run();
      if (System.nanoTime() > deadline) {
        stop(p.toHandle());
        throw new AssertionError("process " + p.pid() + " did not end within " + timeout);
      }
    }
    return p.exitValue();
  }

  /** The executor JVMs running now under worker {@code i}. */
  List<ProcessHandle> executorsOf(int i) {
    return workers.get(i).descendants().filter(LocalCluster::isJava).toList();
  }

  /** Whether a process is a JVM (a worker also runs short-lived helper commands). */
  private static boolean isJava(ProcessHandle h) {
    return h.info().command().map(c -> c.endsWith("/java")).orElse(false);
  }

  /**
   * Kills worker {@code i} and its executors at once, by their ids, as when its machine is lost.
   *
   * @return the ids of the killed processes
   */
  List<Long> killWorker(int i) {
    List<ProcessHandle> victims = new ArrayList<>(executorsOf(i));
    victims.add(0, workers.get(i).toHandle());
    List<Long> pids = new ArrayList<>();
    for (ProcessHandle h : victims) {
      executors.add(h);
      h.destroyForcibly();
      pids.add(h.pid());
    }
    return pids;
  }

  /** The peak resident memory (VmHWM) of each executor JVM seen so far, in kB, by pid. */
  Map<Long, Long> executorPeakRssKb() {
    return Map.copyOf(executorPeakRssKb);
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }

  /** Stops every process started here and every executor seen, newest first, by its id. */
  private synchronized void stopAll() {
    List<ProcessHandle> all = new ArrayList<>();
    for (Process p : started) {
      all.addAll(p.descendants().toList());
    }
    all.addAll(executors);
    for (int i = started.size() - 1; i >= 0; i--) {
      all.add(started.get(i).toHandle());
    }
    for (ProcessHandle h : all) {
      stop(h);
    }
  }

  private static void stop(ProcessHandle h) {
    if (!h.isAlive()) {
      return;
    }
    h.destroy();
    try {
      h.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      h.destroyForcibly();
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // reported by the caller's checks, if it matters
      }
    }
  }

  private void sampleExecutors() {
    for (Process w : workers) {
      if (!w.isAlive()) {
        continue;
      }
      w.descendants()
          .filter(LocalCluster::isJava)
          .forEach(
              h -> {
                executors.add(h);
                long kb = peakRssKb(h.pid());
                if (kb > 0) {
                  executorPeakRssKb.merge(h.pid(), kb, Math::max);
                }
              });
    }
  }

  /** VmHWM from /proc (Linux), or 0 where it cannot be read. */
  static long peakRssKb(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
      return lines
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
          .findFirst()
          .orElse(0L);
    } catch (IOException | UncheckedIOException | NumberFormatException e) {
      return 0;
    }
  }

  /** Starts a JVM with Spark's class path and JDK 17 flags, as Spark's launch scripts do. */
  private Process java(String heap, Path log, String mainClass, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
    cmd.add("-Xmx" + heap);
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + "/*");
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("PYSPARK_"));
    env.put("SPARK_HOME", sparkHome.toAbsolutePath().toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    return pb.start();
  }

  /**
   * Waits until a line of the log matches, failing if the process ends first or time runs out.
   *
   * @return the first match
   */
  static Matcher awaitLog(Path log, Pattern pattern, Process p, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Matcher m = firstMatch(log, pattern::matcher, Matcher::find);
      if (m != null) {
        return m;
      }
      if (!p.isAlive()) {
        throw new AssertionError(
            "process " + p.pid() + " ended (" + p.exitValue() + ") before '" + pattern
                + "' appeared in " + log + "\n" + tail(log));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no '" + pattern + "' in " + log + " after " + timeout + "\n" + tail(log));
      }
      Thread.sleep(100);
    }
  }

  private static Matcher firstMatch(
      Path log, java.util.function.Function<String, Matcher> matcher, Predicate<Matcher> test) {
    for (String line : lines(log)) {
      Matcher m = matcher.apply(line);
      if (test.test(m)) {
        return m;
      }
    }
    return null;
  }

  /** The log's lines so far (a line being written may be cut). */
  static List<String> lines(Path log) {
    try {
      return Arrays.asList(
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The last 40 lines of a log, for failure messages. */
  static String tail(Path log) {
    List<String> l = lines(log);
    return String.join("\n", l.subList(Math.max(0, l.size() - 40), l.size()));
  }

  static void deleteTree(Path p) throws IOException {
    if (Files.notExists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}

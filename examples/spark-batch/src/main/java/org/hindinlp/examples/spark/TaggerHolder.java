package org.hindinlp.examples.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hindinlp.ner.EntityTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link EntityTagger} per configuration per JVM, built on first use and then shared by every
 * task thread of the executor (and by every later job of the application in the same JVM).
 *
 * <p>Why this is safe: {@code EntityTagger} is immutable and thread-safe (its documented
 * contract), so all the task threads of an executor may call {@code analyze} on one instance at
 * the same time; nothing in it is per-document state. {@link ConcurrentHashMap#computeIfAbsent}
 * runs the build at most once per key: the other threads that ask for the same key meanwhile wait
 * for that build instead of loading the model and lists again. The holder is a static field, so
 * nothing of it is serialized: tasks carry only the small {@link TaggerConfig} and a handle to the
 * broadcast {@link UserFiles}, whose value is fetched only by the build.
 *
 * <p>Each build is logged (Spark's log, at INFO) with its time, on the driver and on every
 * executor.
 *
 * <p>Taggers are never evicted: a JVM holds one per distinct configuration it has seen, which in a
 * job is one.
 */
public final class TaggerHolder {

  private static final Map<TaggerConfig, EntityTagger> TAGGERS = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final Logger LOG = LoggerFactory.getLogger(TaggerHolder.class);

  private TaggerHolder() {}

  /**
   * Returns this JVM's tagger for a configuration, building it on first use from the user's files.
   *
   * @param config the key: the files' sources and digests, and the match level
   * @param files the files' contents, asked for only when the tagger is built (on an executor, the
   *     broadcast's value)
   * @return the shared tagger
   * @throws org.hindinlp.ner.EntityListException if a list is malformed (its source and line)
   * @throws IllegalArgumentException if the model is not a usable model
   */
  public static EntityTagger get(TaggerConfig config, Supplier<UserFiles> files) {
    return TAGGERS.computeIfAbsent(config, c -> build(c, files.get()));
  }

  /**
   * Returns how many taggers this JVM has built so far (for tests and logs).
   *
   * @return the number of builds
   */
  public static int builds() {
    return BUILDS.get();
  }

  /** Tests only: forgets the taggers, as in a fresh executor JVM. */
  static void forgetForTests() {
    TAGGERS.clear();
  }

  private static EntityTagger build(TaggerConfig config, UserFiles files) {
    if (!files.listSources().equals(config.listSources())
        || !java.util.Objects.equals(files.modelSource(), config.modelSource())) {
      throw new IllegalStateException("the files " + files + " do not belong to " + config);
    }
    long t0 = System.nanoTime();
    EntityTagger tagger =
        config.isStandard()
            ? EntityTagger.standard() // the library's own shared instance
            : files.build(config.matchLevel());
    BUILDS.incrementAndGet();
    LOG.info(
        "hindi-nlp tagger built in {} ms: {} user list(s), {} model, {} level",
        (System.nanoTime() - t0) / 1_000_000, config.listSources().size(),
        config.modelSource() == null ? "shipped" : "user", config.matchLevel());
    return tagger;
  }
}

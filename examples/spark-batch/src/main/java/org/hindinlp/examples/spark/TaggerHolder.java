package org.hindinlp.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkFiles;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * One {@link EntityTagger} per configuration per JVM, built on first use and then shared by every
 * task thread of the executor (and by every later job in the same JVM).
 *
 * <p>Why this is safe: {@code EntityTagger} is immutable and thread-safe (its documented
 * contract), so all the task threads of an executor may call {@code analyze} on one instance at
 * the same time; nothing in it is per-document state. {@link ConcurrentHashMap#computeIfAbsent}
 * runs the build at most once per key: the other threads that ask for the same key meanwhile wait
 * for that build instead of loading the model and lists again. The holder is a static field, so
 * nothing of it is serialized: tasks carry only the small {@link TaggerConfig}.
 *
 * <p>Taggers are never evicted: a JVM holds one per distinct configuration it has seen, which in a
 * job is one.
 */
public final class TaggerHolder {

  private static final Map<TaggerConfig, EntityTagger> TAGGERS = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private TaggerHolder() {}

  /**
   * Returns this JVM's tagger for a configuration, building it on first use.
   *
   * @param config the lists and match level
   * @return the shared tagger
   */
  public static EntityTagger get(TaggerConfig config) {
    return TAGGERS.computeIfAbsent(config, TaggerHolder::build);
  }

  /**
   * Returns how many taggers this JVM has built so far (for tests and logs).
   *
   * @return the number of builds
   */
  public static int builds() {
    return BUILDS.get();
  }

  private static EntityTagger build(TaggerConfig config) {
    EntityTagger tagger;
    if (config.listNames().isEmpty()
        && config.matchLevel() == DevanagariNormalizer.Level.CANONICAL) {
      tagger = EntityTagger.standard(); // the library's own shared instance
    } else {
      EntityTagger.Builder b = EntityTagger.builder().matchLevel(config.matchLevel());
      for (int i = 0; i < config.listNames().size(); i++) {
        // addFile put the list in this node's SparkFiles directory, under its file name.
        Path file = Path.of(SparkFiles.get(config.listNames().get(i)));
        String digest = sha256(file);
        if (!digest.equals(config.listDigests().get(i))) {
          throw new IllegalStateException(
              "list " + file + " differs from the driver's: a SparkContext ships the first file "
                  + "added under one name; use a new name for a changed list");
        }
        b.addList(EntityList.load(file));
      }
      tagger = b.build();
    }
    BUILDS.incrementAndGet();
    return tagger;
  }

  private static String sha256(Path file) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read list " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

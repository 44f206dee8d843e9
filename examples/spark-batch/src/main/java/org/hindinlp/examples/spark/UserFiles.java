package org.hindinlp.examples.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * The contents of the user's files that the tagger is built from: the lists' text and the model's
 * bytes. The driver reads them once, from any path Hadoop reads ({@code file:}, {@code hdfs://},
 * {@code s3a://}), and the job sends this value to the executors as one Spark broadcast: an
 * executor never opens the user's paths, so it does not matter whether they exist on its machine.
 * Immutable and serializable.
 *
 * @param listSources each list's path as the user gave it (named in error messages; its extension
 *     gives the format, {@code .tsv} or {@code .jsonl})
 * @param listTexts each list's text, checked to be valid UTF-8
 * @param modelSource the model's path as the user gave it, or null for the shipped model
 * @param model the model file's bytes, or null for the shipped model
 */
public record UserFiles(
    List<String> listSources, List<String> listTexts, String modelSource, byte[] model)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No user files: the built-in lists and the shipped model. */
  public static final UserFiles NONE = new UserFiles(List.of(), List.of(), null, null);

  /** Validates and copies. */
  public UserFiles {
    listSources = List.copyOf(listSources);
    listTexts = List.copyOf(listTexts);
    if (listSources.size() != listTexts.size()) {
      throw new IllegalArgumentException("one text per list");
    }
    if ((modelSource == null) != (model == null)) {
      throw new IllegalArgumentException("a model needs both its source and its bytes");
    }
  }

  /**
   * Reads the user's files on the driver.
   *
   * @param hadoop the Hadoop configuration that resolves the paths
   * @param lists the list paths
   * @param model the model path, or null for the shipped model
   * @return the contents
   * @throws EntityListException if a list cannot be read or is not valid UTF-8 (file and line)
   * @throws IllegalArgumentException if the model cannot be read
   */
  public static UserFiles read(Configuration hadoop, List<String> lists, String model) {
    List<String> texts = new ArrayList<>(lists.size());
    for (String list : lists) {
      byte[] bytes;
      try {
        bytes = readAll(hadoop, list);
      } catch (FileNotFoundException e) {
        throw new EntityListException(list, 0, "no such file");
      } catch (IOException e) {
        throw new EntityListException(list, 0, "cannot read: " + e.getMessage());
      }
      texts.add(decode(bytes, list));
    }
    byte[] modelBytes = null;
    if (model != null) {
      try {
        modelBytes = readAll(hadoop, model);
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException(model + ": no such model file", e);
      } catch (IOException e) {
        throw new IllegalArgumentException(model + ": cannot read: " + e.getMessage(), e);
      }
    }
    return new UserFiles(lists, texts, model, modelBytes);
  }

  /**
   * Returns whether there is nothing to ship (the built-in lists and the shipped model).
   *
   * @return whether there are no lists and no model
   */
  public boolean isEmpty() {
    return listSources.isEmpty() && model == null;
  }

  /**
   * The small key the tasks carry: the sources, the SHA-256 of every file and the match level.
   *
   * @param level the match level
   * @return the configuration
   */
  public TaggerConfig config(DevanagariNormalizer.Level level) {
    List<String> digests = new ArrayList<>(listTexts.size());
    for (String text : listTexts) {
      digests.add(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
    return new TaggerConfig(
        listSources, digests, modelSource, model == null ? null : sha256(model), level);
  }

  /**
   * Builds a tagger from these files: the lists parsed in order, the model if any, at the given
   * level.
   *
   * @param level the match level
   * @return a new tagger
   * @throws EntityListException if a list is malformed (its source and line)
   * @throws IllegalArgumentException if the model is not a usable model (its source)
   */
  public EntityTagger build(DevanagariNormalizer.Level level) {
    EntityTagger.Builder b = EntityTagger.builder().matchLevel(level);
    for (int i = 0; i < listSources.size(); i++) {
      String source = listSources.get(i);
      b.addList(
          EntityList.read(
              new StringReader(listTexts.get(i)), source,
              EntityList.Format.ofFileName(new Path(source).getName())));
    }
    if (model != null) {
      // The library loads a user's model from a file: write the bytes to a private temporary
      // file, named like the original, load it, and delete it.
      java.nio.file.Path dir = null;
      java.nio.file.Path file = null;
      try {
        dir = Files.createTempDirectory("hindinlp-model");
        file = dir.resolve(new Path(modelSource).getName());
        Files.write(file, model);
        b.model(file);
      } catch (IOException e) {
        throw new IllegalStateException("cannot write a temporary copy of " + modelSource, e);
      } catch (IllegalArgumentException e) {
        // The library's reason names the temporary copy: name the user's file instead, once.
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = String.valueOf(cause.getMessage());
        String prefix = "model file " + file + ": ";
        reason = reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
        reason = reason.replace(file.toString(), modelSource);
        throw new IllegalArgumentException(
            modelSource + ": not a usable entity model: " + reason, e);
      } finally {
        deleteQuietly(file);
        deleteQuietly(dir);
      }
    }
    return b.build();
  }

  /** Records compare arrays by identity: the model's bytes are compared by content here. */
  @Override
  public boolean equals(Object o) {
    return o instanceof UserFiles u
        && listSources.equals(u.listSources)
        && listTexts.equals(u.listTexts)
        && Objects.equals(modelSource, u.modelSource)
        && java.util.Arrays.equals(model, u.model);
  }

  @Override
  public int hashCode() {
    return Objects.hash(listSources, listTexts, modelSource, java.util.Arrays.hashCode(model));
  }

  @Override
  public String toString() {
    return "UserFiles[lists=" + listSources + ", model=" + modelSource + "]";
  }

  private static byte[] readAll(Configuration hadoop, String path) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(hadoop);
    if (fs.getFileStatus(p).isDirectory()) {
      throw new IOException("is a directory, not a file");
    }
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    }
  }

  /** Strict UTF-8, line by line, so that an invalid byte is reported at its own line. */
  private static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder(bytes.length);
    int line = 1;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int next = Math.min(end + 1, bytes.length); // keep the line's LF, if any
      try {
        text.append(decoder.decode(ByteBuffer.wrap(bytes, start, next - start)));
      } catch (CharacterCodingException e) {
        throw new EntityListException(source, line, "not valid UTF-8");
      }
      line++;
      start = next;
    }
    return text.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(java.nio.file.Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a leftover temporary file is harmless
      }
    }
  }
}

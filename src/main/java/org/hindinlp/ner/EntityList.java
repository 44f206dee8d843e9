package org.hindinlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hindinlp.internal.Utf8Lines;

/**
 * A list of named entities, from a file, a classpath resource, a {@code Reader} or code. Immutable
 * and thread-safe.
 *
 * <p>Two formats, both UTF-8 with one entity per line (a BOM, CRLF line ends and text in any
 * Unicode normalization form are accepted; names are normalized when they are matched):
 *
 * <ul>
 *   <li>{@link Format#TSV}: {@code name<TAB>type<TAB>id<TAB>more names...}. A name that starts
 *       with {@code ~} is context-only (see {@link ListEntry}). The id may be empty
 *       (it is then derived from the type and the name). Lines starting with {@code #} are
 *       comments, except the directives {@code #format: hindi-nlp-list/1} and {@code #types: PARTY
 *       COMPANY}, which declares types beyond PERSON, LOCATION and ORGANIZATION.
 *   <li>{@link Format#JSONL}: {@code {"id": ..., "type": ..., "names": [...]}} per line; an
 *       optional first line {@code {"format": "hindi-nlp-list/1", "types": ["PARTY"]}}.
 * </ul>
 *
 * <p>A type that is neither built in nor declared is an error (it is most often a typo), as are a
 * missing column or key, an empty name, invalid JSON, and one id with two different types. Every
 * error is an {@link EntityListException} naming the file and the line. Lines with the same id and
 * type are merged.
 */
public final class EntityList {

  /** The file formats. */
  public enum Format {
    /** Tab-separated: {@code name<TAB>type<TAB>id<TAB>more names...}. */
    TSV,
    /** JSON Lines: {@code {"id": ..., "type": ..., "names": [...]}}. */
    JSONL;

    /**
     * Chooses the format from a file name: {@code .jsonl} and {@code .json} are JSON Lines, {@code
     * .tsv} and {@code .txt} TSV.
     *
     * @param fileName a file name
     * @return the format
     * @throws EntityListException if the extension is none of these
     */
    public static Format ofFileName(String fileName) {
      String f = fileName.toLowerCase(Locale.ROOT);
      if (f.endsWith(".jsonl") || f.endsWith(".json")) {
        return JSONL;
      }
      if (f.endsWith(".tsv") || f.endsWith(".txt")) {
        return TSV;
      }
      throw new EntityListException(
          fileName, 0, "unknown list format: name the file .tsv or .jsonl, or give the format");
    }
  }

  /** The format version this library reads. */
  public static final String FORMAT_VERSION = "hindi-nlp-list/1";

  private final String name;
  private final List<ListEntry> entries;
  private final boolean spellingVariants;

  private EntityList(String name, List<ListEntry> entries) {
    this(name, Collections.unmodifiableList(entries), true);
  }

  private EntityList(String name, List<ListEntry> entries, boolean spellingVariants) {
    this.name = name;
    this.entries = entries;
    this.spellingVariants = spellingVariants;
  }

  /**
   * Whether this list's names also match the spellings Hindi newspapers use for them (ट्रंप for
   * ट्रम्प, जेलेंस्की for ज़ेलेंस्की; see {@code docs/entities.md}, "Spelling variants"). On by default.
   *
   * @return whether spelling variants match
   */
  public boolean spellingVariants() {
    return spellingVariants;
  }

  /**
   * Returns this list with its names matched exactly (up to Unicode forms) only, never through a
   * spelling variant.
   *
   * @return a list with the same entries and exact matching only
   */
  public EntityList exactMatchingOnly() {
    return spellingVariants ? new EntityList(name, entries, false) : this;
  }

  /**
   * Makes a list from entries built in code.
   *
   * @param name a name for messages and provenance, such as {@code my-parties}
   * @param entries the entries
   * @return the list
   */
  public static EntityList of(String name, Collection<ListEntry> entries) {
    return new EntityList(Objects.requireNonNull(name, "name"), new ArrayList<>(entries));
  }

  /**
   * Loads a list file; the format follows the extension ({@code .tsv} or {@code .txt}, {@code
   * .jsonl} or {@code .json}). For a file named otherwise, give the format with {@link #load(Path,
   * Format)}.
   *
   * @param file the file
   * @return the list
   * @throws EntityListException if the file is missing, a directory, unreadable or malformed, or
   *     its name has none of these extensions; the message names the path as given
   */
  public static EntityList load(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new EntityListException(source, 0, "is a directory, not a list file");
    }
    Path name = file.getFileName();
    Format format;
    try {
      format = Format.ofFileName(name == null ? "" : name.toString());
    } catch (EntityListException e) {
      throw new EntityListException(source, 0, e.reason());
    }
    return load(file, format);
  }

  /**
   * Loads a list file in the given format.
   *
   * @param file the file
   * @param format its format
   * @return the list
   * @throws EntityListException if the file is missing, unreadable or malformed
   */
  public static EntityList load(Path file, Format format) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new EntityListException(source, 0, "is a directory, not a list file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, source, format, true);
    } catch (NoSuchFileException e) {
      throw new EntityListException(source, 0, "no such file");
    } catch (IOException e) {
      throw new EntityListException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Loads a list from the class path, such as {@code /com/example/parties.tsv}; the format follows
   * the extension.
   *
   * @param resource an absolute resource name
   * @return the list
   * @throws EntityListException if the resource is missing or malformed
   */
  public static EntityList fromResource(String resource) {
    try (InputStream in = EntityList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EntityListException(resource, 0, "no such resource on the class path");
      }
      return parse(in, resource, Format.ofFileName(resource), !resource.startsWith(EntityTagger.LISTS));
    } catch (IOException e) {
      throw new EntityListException(resource, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Parses one built-in list file (its bytes already read and hashed by the tagger). */
  static EntityList fromBuiltInBytes(byte[] data, String resource) {
    try {
      return parse(new java.io.ByteArrayInputStream(data), resource, Format.ofFileName(resource), false);
    } catch (IOException e) {
      throw new EntityListException(resource, 0, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Reads a list from a {@code Reader}.
   *
   * @param reader the text; closed by the caller
   * @param source a name for error messages, such as the file name
   * @param format the format
   * @return the list
   * @throws EntityListException if the text is malformed
   * @throws UncheckedIOException if the reader fails
   */
  public static EntityList read(Reader reader, String source, Format format) {
    try {
      EntityListParser p = new EntityListParser(source, format);
      BufferedReader r = toBuffered(reader);
      String line;
      while ((line = r.readLine()) != null) {
        p.line(line);
      }
      return warnCommonWords(p, source).finish();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  private static EntityList parse(InputStream in, String source, Format format, boolean warn) throws IOException {
    EntityListParser p = new EntityListParser(source, format, warn);
    Utf8Lines lines = new Utf8Lines(in, EntityListParser.MAX_LINE * 3);
    try {
      String line;
      while ((line = lines.next()) != null) {
        p.line(line);
      }
    } catch (Utf8Lines.LineException e) {
      throw new EntityListException(source, p.lineNumber() + 1, e.getMessage());
    }
    return (warn ? warnCommonWords(p, source) : p).finish();
  }

  /** Logs a user's strong names that are common words (a warning, not an error: some are wanted). */
  private static EntityListParser warnCommonWords(EntityListParser p, String source) {
    if (!p.commonWordNames().isEmpty()) {
      System.getLogger(EntityList.class.getName()).log(System.Logger.Level.WARNING,
          "{0}: {1} name(s) are common Hindi words and will match wherever the word is used; write"
              + " them as context-only names (~name) if they are not meant so: {2}",
          source, p.commonWordNames().size(), String.join(", ", p.commonWordNames()));
    }
    return p;
  }

  private static BufferedReader toBuffered(Reader r) {
    return r instanceof BufferedReader b ? b : new BufferedReader(r, 1 << 16);
  }

  static EntityList create(String source, List<ListEntry> entries) {
    return new EntityList(source, entries);
  }

  /**
   * Returns the list's name: the file, resource or name it was made from.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the entries in file order.
   *
   * @return an unmodifiable list
   */
  public List<ListEntry> entries() {
    return entries;
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the types used by the entries.
   *
   * @return a sorted, unmodifiable set
   */
  public Set<EntityType> types() {
    Set<EntityType> t = new TreeSet<>();
    for (ListEntry e : entries) {
      t.add(e.type());
    }
    return Collections.unmodifiableSet(t);
  }

  @Override
  public String toString() {
    return "EntityList[" + name + ", " + entries.size() + " entries]";
  }
}

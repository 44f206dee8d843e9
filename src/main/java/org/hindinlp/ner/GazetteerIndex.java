package org.hindinlp.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The built-in lists' gazetteer, compiled when the library is built ({@code gazetteer.idx} beside
 * the lists in the jar): the phrase tries, acronyms and near-name index that {@link Gazetteer}
 * would otherwise compute from 80,000 names on every start. Reading it takes a tenth of the time of
 * tokenizing and keying the names again (docs/entity-lists.md, "Loading").
 *
 * <p>It records the CRC-32 of the list files it was built from and their SHA-256 (the version a
 * model records): a tagger uses it only when the files in the jar have that CRC, and otherwise
 * builds the index from the names as before. It holds the index of the standard configuration
 * only: the built-in lists alone, the standard tokenizer, canonical matching, spelling variants on
 * (off: the variant parts are left unused); any other configuration builds its own.
 *
 * <p>Written by {@code WriteGazetteerIndex} (a test-scope tool the Maven build runs in {@code
 * process-test-classes}); a jar built without it works the same, only slower to start.
 */
final class GazetteerIndex {

  static final String RESOURCE = "/org/hindinlp/ner/lists/gazetteer.idx";
  private static final int MAGIC = 0x48_4E_47_49; // "HNGI"
  /** Raised whenever the layout or what the gazetteer computes from a name changes. */
  static final int VERSION = 1;

  /** The CRC-32 of the list files (names and bytes) the index was built from. */
  final long listsCrc;
  /** Their SHA-256 version, as {@link EntityTagger#builtInListsHash()} gives it. */
  final String listsHash;
  /** The number of entries (items) the index numbers its payloads over. */
  final int items;
  /** The built-in lists themselves, as parsing their files gives them. */
  final java.util.List<EntityList> lists;
  /** The gazetteer's state, in {@link Gazetteer}'s own terms. */
  final Gazetteer.Compiled compiled;

  private GazetteerIndex(long listsCrc, String listsHash, java.util.List<EntityList> lists,
      Gazetteer.Compiled compiled) {
    this.listsCrc = listsCrc;
    this.listsHash = listsHash;
    this.lists = lists;
    this.items = lists.stream().mapToInt(EntityList::size).sum();
    this.compiled = compiled;
  }

  /**
   * The index in the jar if it was built from list files with this CRC, else null (no index, or
   * one left from other lists: the caller builds the gazetteer from the names).
   */
  static GazetteerIndex load(long listsCrc) {
    byte[] data;
    try (InputStream in = GazetteerIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      data = in.readAllBytes();
    } catch (IOException e) {
      log("cannot be read (" + e.getMessage() + ")");
      return null;
    }
    try {
      return read(data, listsCrc);
    } catch (RuntimeException e) {
      log("is damaged (" + e + ")");
      return null;
    }
  }

  private static void log(String what) {
    System.getLogger(GazetteerIndex.class.getName()).log(System.Logger.Level.WARNING,
        RESOURCE + " " + what + "; the built-in lists are indexed from their names instead (slower start)");
  }

  /** Reads an index; null if it was built from other lists. */
  static GazetteerIndex read(byte[] data, long listsCrc) {
    if (data.length < 24) {
      throw new IllegalArgumentException("not a gazetteer index (" + data.length + " bytes)");
    }
    In in = new In(data);
    if (in.i() != MAGIC) {
      throw new IllegalArgumentException("not a gazetteer index");
    }
    int version = in.i();
    long crc = in.l();
    if (version != VERSION || crc != listsCrc) {
      return null;
    }
    // The last 8 bytes are the CRC-32 of all before them: a damaged file is refused here, whole.
    java.util.zip.CRC32 body = new java.util.zip.CRC32();
    body.update(data, 0, data.length - 8);
    In tail = new In(data);
    tail.skip(data.length - 8);
    if (tail.l() != body.getValue()) {
      throw new IllegalArgumentException("checksum mismatch");
    }
    in.end(data.length - 8);
    String hash = in.strings()[0];
    java.util.List<EntityList> lists = readLists(in);
    int items = lists.stream().mapToInt(EntityList::size).sum();
    Gazetteer.Compiled c = Gazetteer.Compiled.read(in, items);
    if (!in.atEnd()) {
      throw new IllegalArgumentException("bytes after the end, at byte " + in.position());
    }
    return new GazetteerIndex(crc, hash, lists, c);
  }

  /** The lists: per list its name, types, and entries (type, id, names, context-only names). */
  private static void writeLists(Out out, java.util.List<EntityList> lists) throws IOException {
    out.v(lists.size());
    for (EntityList l : lists) {
      java.util.List<EntityType> types = new java.util.ArrayList<>();
      for (ListEntry e : l.entries()) {
        if (!types.contains(e.type())) {
          types.add(e.type());
        }
      }
      out.strings(new String[] {l.name()});
      out.strings(types.stream().map(EntityType::name).toArray(String[]::new));
      out.v(l.size());
      for (ListEntry e : l.entries()) {
        out.v(types.indexOf(e.type()));
        out.v(e.names().size());
        String[] strings = new String[1 + e.names().size() + e.contextNames().size()];
        strings[0] = e.id();
        for (int k = 0; k < e.names().size(); k++) {
          strings[1 + k] = e.names().get(k);
        }
        for (int k = 0; k < e.contextNames().size(); k++) {
          strings[1 + e.names().size() + k] = e.contextNames().get(k);
        }
        out.strings(strings);
      }
    }
  }

  private static java.util.List<EntityList> readLists(In in) {
    int n = in.count();
    java.util.List<EntityList> lists = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = in.strings()[0];
      String[] typeNames = in.strings();
      EntityType[] types = new EntityType[typeNames.length];
      for (int t = 0; t < types.length; t++) {
        types[t] = EntityType.of(typeNames[t]);
      }
      int size = in.count();
      ListEntry[] entries = new ListEntry[size];
      for (int k = 0; k < size; k++) {
        int type = in.v();
        int names = in.v();
        String[] strings = in.strings();
        if (type >= types.length || strings.length < 1 + names) {
          throw new IllegalArgumentException("bad entry " + k + " of " + name);
        }
        entries[k] = new ListEntry(strings[0], types[type],
            java.util.Arrays.asList(strings).subList(1, 1 + names),
            java.util.Arrays.asList(strings).subList(1 + names, strings.length));
      }
      lists.add(EntityList.create(name, java.util.List.of(entries)));
    }
    return java.util.List.copyOf(lists);
  }

  /** Writes the index of the built-in lists and a gazetteer built from them alone. */
  static byte[] write(java.util.List<EntityList> lists, Gazetteer gazetteer, long listsCrc, String listsHash)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    Out out = new Out(new DataOutputStream(bytes));
    out.i(MAGIC);
    out.i(VERSION);
    out.l(listsCrc);
    out.strings(new String[] {listsHash});
    writeLists(out, lists);
    gazetteer.compiled().write(out);
    out.data.flush();
    java.util.zip.CRC32 body = new java.util.zip.CRC32();
    body.update(bytes.toByteArray());
    out.l(body.getValue());
    out.data.flush();
    return bytes.toByteArray();
  }

  /**
   * Reads what {@link Out} wrote: fixed ints (big-endian), unsigned varints (7 bits a byte, low
   * first) and strings (their UTF-8 lengths, then their bytes). Every read is bounds-checked: a
   * damaged index fails here, never later while tagging.
   */
  static final class In {
    private final byte[] b;
    private int pos;
    /** Reads stop here (the checksum follows). */
    private int limit;

    In(byte[] b) {
      this.b = b;
      this.limit = b.length;
    }

    void end(int limit) {
      this.limit = limit;
    }

    void skip(int n) {
      pos += n;
    }

    boolean atEnd() {
      return pos == limit;
    }

    int position() {
      return pos;
    }

    int i() {
      if (pos + 4 > limit) {
        throw new IllegalArgumentException("truncated at byte " + pos);
      }
      int v = ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
      pos += 4;
      return v;
    }

    long l() {
      return ((long) i() << 32) | (i() & 0xFFFFFFFFL);
    }

    /** An unsigned varint (a non-negative int). */
    int v() {
      int v = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        if (pos >= limit) {
          throw new IllegalArgumentException("truncated at byte " + pos);
        }
        int x = b[pos++];
        v |= (x & 0x7F) << shift;
        if (x >= 0) {
          if (v < 0) {
            throw new IllegalArgumentException("varint out of range at byte " + pos);
          }
          return v;
        }
      }
      throw new IllegalArgumentException("varint too long at byte " + pos);
    }

    /** A count, which cannot exceed the bytes left (each counted thing takes one at least). */
    int count() {
      int n = v();
      if (n > limit - pos) {
        throw new IllegalArgumentException("count " + n + " beyond the end at byte " + pos);
      }
      return n;
    }

    int[] ints() {
      int[] a = new int[count()];
      for (int k = 0; k < a.length; k++) {
        a[k] = v();
      }
      return a;
    }

    String[] strings() {
      int[] lengths = ints();
      String[] out = new String[lengths.length];
      for (int k = 0; k < out.length; k++) {
        if (lengths[k] > limit - pos) {
          throw new IllegalArgumentException("truncated string at byte " + pos);
        }
        out[k] = new String(b, pos, lengths[k], StandardCharsets.UTF_8);
        pos += lengths[k];
      }
      return out;
    }
  }

  /** Writes what {@link In} reads. */
  static final class Out {
    final DataOutputStream data;

    Out(DataOutputStream data) {
      this.data = data;
    }

    void i(int v) throws IOException {
      data.writeInt(v);
    }

    void l(long v) throws IOException {
      data.writeLong(v);
    }

    /** An unsigned varint. */
    void v(int v) throws IOException {
      if (v < 0) {
        throw new IllegalArgumentException("negative: " + v);
      }
      while (v >= 0x80) {
        data.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      data.write(v);
    }

    void ints(int[] a) throws IOException {
      v(a.length);
      for (int x : a) {
        v(x);
      }
    }

    void strings(String[] a) throws IOException {
      byte[][] bytes = new byte[a.length][];
      int[] lengths = new int[a.length];
      for (int k = 0; k < a.length; k++) {
        bytes[k] = a[k].getBytes(StandardCharsets.UTF_8);
        lengths[k] = bytes[k].length;
      }
      ints(lengths);
      for (byte[] x : bytes) {
        data.write(x);
      }
    }
  }
}

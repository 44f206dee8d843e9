package org.hindinlp.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hindinlp.internal.Json;

/** Reads the TSV and JSONL list formats line by line, with line numbers in every error. */
final class EntityListParser {

  /** Longest accepted line: protects against a binary or runaway file. */
  static final int MAX_LINE = 100_000;
  /** Longest accepted name. */
  static final int MAX_NAME = 1_000;

  private final String source;
  private final EntityList.Format format;
  private final Set<EntityType> declared = new LinkedHashSet<>();
  /** Entries by id, in first-seen order, with the line that introduced them. */
  private final Map<String, Builder> byId = new LinkedHashMap<>();
  private int line;
  private boolean sawEntry;
  /** Strong names by spelling-variant key: one key must not have two types. */
  private final Map<String, Builder> byVariantKey = new java.util.HashMap<>();
  /** Strong one-word names that are common Hindi words, with their lines (for the warning). */
  private final List<String> commonWordNames = new ArrayList<>();

  private static final class Builder {
    final EntityType type;
    final int line;
    final LinkedHashSet<String> names = new LinkedHashSet<>();
    final LinkedHashSet<String> contextNames = new LinkedHashSet<>();

    Builder(EntityType type, int line) {
      this.type = type;
      this.line = line;
    }
  }

  /** Whether to check names against each other and the common words (users' lists; the built-in
   * lists are checked by their tests instead, and load faster without). */
  private final boolean checkNames;

  EntityListParser(String source, EntityList.Format format) {
    this(source, format, true);
  }

  EntityListParser(String source, EntityList.Format format, boolean checkNames) {
    this.checkNames = checkNames;
    this.source = source;
    this.format = format;
    declared.add(EntityType.PERSON);
    declared.add(EntityType.LOCATION);
    declared.add(EntityType.ORGANIZATION);
  }

  int lineNumber() {
    return line;
  }

  /** Reads the next line of the file. */
  void line(String text) {
    line++;
    if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.length() > MAX_LINE) {
      throw error("line longer than " + MAX_LINE + " characters");
    }
    if (text.isBlank()) {
      return;
    }
    if (format == EntityList.Format.TSV) {
      tsvLine(text);
    } else {
      jsonLine(text);
    }
  }

  /** The list read so far. */
  EntityList finish() {
    List<ListEntry> entries = new ArrayList<>(byId.size());
    for (Map.Entry<String, Builder> e : byId.entrySet()) {
      Builder b = e.getValue();
      b.contextNames.removeAll(b.names);
      entries.add(new ListEntry(e.getKey(), b.type, new ArrayList<>(b.names), new ArrayList<>(b.contextNames)));
    }
    return EntityList.create(source, entries);
  }

  private EntityListException error(String reason) {
    return new EntityListException(source, line, reason);
  }

  // --- TSV -----------------------------------------------------------------------------------

  private void tsvLine(String text) {
    if (text.startsWith("#")) {
      directive(text.substring(1).strip());
      return;
    }
    String[] cols = text.split("\t", -1);
    if (cols.length < 2) {
      throw error("expected name<TAB>type<TAB>id<TAB>more names..., found " + cols.length
          + " column" + (cols.length == 1 ? " (is the separator a tab?)" : "s"));
    }
    List<String> names = new ArrayList<>();
    names.add(name(cols[0], 1));
    for (int i = 3; i < cols.length; i++) {
      if (cols[i].isBlank() && i == cols.length - 1) {
        continue; // a trailing tab
      }
      names.add(name(cols[i], i + 1));
    }
    add(cols.length > 2 ? cols[2].strip() : "", type(cols[1].strip()), names);
  }

  private void directive(String d) {
    int colon = d.indexOf(':');
    if (colon < 0) {
      return; // a comment
    }
    String key = d.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = d.substring(colon + 1).strip();
    if (key.equals("format")) {
      checkFormat(value);
    } else if (key.equals("types")) {
      for (String t : value.split("[\\s,]+")) {
        if (!t.isEmpty()) {
          declare(t);
        }
      }
    }
  }

  private void checkFormat(String value) {
    if (!value.equals(EntityList.FORMAT_VERSION)) {
      throw error("unsupported format '" + value + "'; this library reads " + EntityList.FORMAT_VERSION);
    }
    if (sawEntry) {
      throw error("the format line must come before the entries");
    }
  }

  private void declare(String t) {
    if (!EntityType.isValidName(t)) {
      throw error("invalid type name '" + t + "': use upper-case letters, digits and _");
    }
    declared.add(EntityType.of(t));
  }

  // --- JSONL ---------------------------------------------------------------------------------

  private void jsonLine(String text) {
    Object v;
    try {
      v = Json.parse(text);
    } catch (Json.JsonException e) {
      throw error("invalid JSON: " + e.getMessage());
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw error("expected a JSON object {\"id\": ..., \"type\": ..., \"names\": [...]}");
    }
    if (m.containsKey("format")) {
      jsonHeader(m);
      return;
    }
    for (Object k : m.keySet()) {
      if (!(k.equals("id") || k.equals("type") || k.equals("names"))) {
        throw error("unknown key \"" + k + "\" (expected id, type, names)");
      }
    }
    Object type = m.get("type");
    if (!(type instanceof String ts)) {
      throw error(type == null ? "missing \"type\"" : "\"type\" must be a string");
    }
    Object id = m.get("id");
    if (id != null && !(id instanceof String)) {
      throw error("\"id\" must be a string");
    }
    Object names = m.get("names");
    if (!(names instanceof List<?> list) || list.isEmpty()) {
      throw error(names == null ? "missing \"names\"" : "\"names\" must be a non-empty array of strings");
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    for (Object n : list) {
      i++;
      if (!(n instanceof String s)) {
        throw error("\"names\" must hold strings only (item " + i + ")");
      }
      out.add(name(s, i));
    }
    add(id == null ? "" : ((String) id).strip(), type(ts.strip()), out);
  }

  private void jsonHeader(Map<?, ?> m) {
    for (Object k : m.keySet()) {
      if (!(k.equals("format") || k.equals("types"))) {
        throw error("unknown key \"" + k + "\" in the header (expected format, types)");
      }
    }
    if (!(m.get("format") instanceof String f)) {
      throw error("\"format\" must be a string");
    }
    checkFormat(f);
    Object types = m.get("types");
    if (types != null) {
      if (!(types instanceof List<?> l)) {
        throw error("\"types\" must be an array of type names");
      }
      for (Object t : l) {
        if (!(t instanceof String s)) {
          throw error("\"types\" must hold strings only");
        }
        declare(s);
      }
    }
  }

  // --- shared --------------------------------------------------------------------------------

  private String name(String raw, int column) {
    String n = raw.strip();
    if (n.startsWith("~")) {
      n = n.substring(1).strip();
      if (n.isEmpty()) {
        throw error("empty context-only name (column " + column + ")");
      }
      return "~" + checkName(n, column);
    }
    return checkName(n, column);
  }

  private String checkName(String n, int column) {
    if (n.isEmpty()) {
      throw error("empty name (column " + column + ")");
    }
    if (n.length() > MAX_NAME) {
      throw error("name longer than " + MAX_NAME + " characters (column " + column + ")");
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        throw error("control character U+" + String.format("%04X", (int) c) + " in a name (column " + column + ")");
      }
    }
    return n;
  }

  private EntityType type(String t) {
    if (t.isEmpty()) {
      throw error("empty type");
    }
    if (!EntityType.isValidName(t)) {
      throw error("invalid type '" + t + "': use upper-case names such as PERSON, LOCATION, ORGANIZATION");
    }
    EntityType type = EntityType.of(t);
    if (!declared.contains(type)) {
      throw error("unknown type '" + t + "'; known: " + names(declared)
          + " (declare new types with a '#types: " + t + "' line, or \"types\" in a JSONL header)");
    }
    return type;
  }

  private static String names(Set<EntityType> types) {
    StringBuilder sb = new StringBuilder();
    for (EntityType t : types) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(t.name());
    }
    return sb.toString();
  }

  private void add(String id, EntityType type, List<String> names) {
    sawEntry = true;
    if (id.isEmpty()) {
      id = type.name().toLowerCase(Locale.ROOT) + ":" + names.get(0).replace("~", "");
    }
    Builder b = byId.get(id);
    if (b == null) {
      b = new Builder(type, line);
      byId.put(id, b);
    } else if (!b.type.equals(type)) {
      throw error("id '" + id + "' has type " + type + " here but " + b.type + " on line " + b.line);
    }
    for (String n : names) {
      if (n.startsWith("~")) {
        b.contextNames.add(n.substring(1));
      } else {
        b.names.add(n);
        if (!checkNames) {
          continue;
        }
        String key = variantKey(n);
        Builder other = byVariantKey.putIfAbsent(key, b);
        if (other != null && !other.type.equals(type)) {
          throw error("name '" + n + "' has type " + type + " here, but the same name or a spelling variant of"
              + " it has type " + other.type + " on line " + other.line
              + ": make one of them context-only (~name) or give both one type");
        }
        if (key.indexOf(' ') < 0 && Lexicon.commonWords().contains(canonical(n))) {
          commonWordNames.add("line " + line + ": '" + n + "'");
        }
      }
    }
  }

  private static String canonical(String name) {
    return org.hindinlp.normalize.DevanagariNormalizer.canonical().normalizeToString(name.strip());
  }

  /** The spelling-variant key of a whole name (word by word; Latin lower-cased). */
  private static String variantKey(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : canonical(name).split("\\s+")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(NameVariantKey.of(w.toLowerCase(Locale.ROOT)));
    }
    return sb.toString();
  }

  /**
   * Strong one-word names that are common Hindi words (by {@code common-words.txt}), as {@code
   * line N: 'name'}: they match wherever the word is used; write them {@code ~name}.
   */
  List<String> commonWordNames() {
    return commonWordNames;
  }
}

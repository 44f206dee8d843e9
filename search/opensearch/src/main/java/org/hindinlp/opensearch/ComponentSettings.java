package org.hindinlp.opensearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opensearch.common.settings.Settings;

/**
 * Turns the settings of one analysis component (OpenSearch style, {@code snake_case}) into the
 * parameters of the core library's Lucene factories ({@code camelCase}), and reports unknown or
 * malformed settings with the setting's name and the component's.
 */
final class ComponentSettings {

  /** Keys the engine itself puts into every component's settings. */
  private static final Set<String> ENGINE_KEYS = Set.of("type", "index.version.created");

  /** The normalizer's settings, shared by the normalization and stop filters and the analyzer. */
  static final Set<String> NORMALIZER =
      Set.of(
          "level",
          "nukta_form",
          "remove_nukta",
          "chandrabindu_to_anusvara",
          "nasal_to_anusvara",
          "remove_joiners",
          "ascii_digits",
          "fold_punctuation",
          "pipe_as_danda",
          "fold_candra_vowels",
          "fold_vowel_length",
          "remove_virama");

  /** The tokenizer's settings. */
  static final Set<String> TOKENIZER = Set.of("keep_compounds", "keep_punctuation");

  private final String kind;
  private final String type;
  private final String name;
  private final Settings settings;

  /**
   * @param kind {@code tokenizer}, {@code filter} or {@code analyzer}
   * @param type the component type ({@code hindi_nlp_normalization})
   * @param name the component's name in the index settings
   * @param settings its settings
   * @param known the settings it accepts
   * @throws IllegalArgumentException naming the first unknown setting
   */
  ComponentSettings(String kind, String type, String name, Settings settings, Set<String> known) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.settings = settings;
    for (String key : new TreeSet<>(settings.keySet())) {
      if (!ENGINE_KEYS.contains(key) && !known.contains(key)) {
        String hint = "";
        String snake = snake(key);
        if (!snake.equals(key) && known.contains(snake)) {
          hint = " (did you mean [" + snake + "]?)";
        }
        throw new IllegalArgumentException(
            "unknown setting ["
                + key
                + "] for "
                + where()
                + hint
                + "; known settings: "
                + new TreeSet<>(known));
      }
    }
  }

  /** Whether the user gave any setting (beyond the type). */
  boolean isEmpty() {
    return settings.keySet().stream().allMatch(ENGINE_KEYS::contains);
  }

  /** "filter [my_norm] of type [hindi_nlp_normalization]". */
  String where() {
    return kind + " [" + name + "] of type [" + type + "]";
  }

  /** The settings among {@code keys} that are present, as core-library parameters. */
  Map<String, String> luceneArgs(Set<String> keys) {
    Map<String, String> args = new HashMap<>();
    for (String key : keys) {
      String value = settings.get(key);
      if (value != null) {
        args.put(camel(key), value);
      }
    }
    return args;
  }

  /** A strict boolean setting: {@code true} or {@code false}, else an error naming it. */
  boolean flag(String key, boolean defaultValue) {
    String value = settings.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(
        "setting [" + key + "] of " + where() + " must be true or false, not [" + value + "]");
  }

  /** A list setting, given as an array or as comma-separated text; blanks dropped. */
  List<String> list(String key) {
    List<String> out = new ArrayList<>();
    for (String v : settings.getAsList(key)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  Settings settings() {
    return settings;
  }

  /**
   * Builds a core-library object from parameters; its errors are rethrown naming this component,
   * with the core's parameter names spelled as the settings are.
   */
  <T> T build(Function<Map<String, String>, T> factory, Map<String, String> args) {
    try {
      return factory.apply(args);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where() + ": " + esNames(e.getMessage()), e);
    }
  }

  /** Rewrites core parameter names ('removeNukta') in a message into setting names. */
  static String esNames(String message) {
    if (message == null) {
      return null;
    }
    String out = message;
    for (String key : NORMALIZER) {
      out = out.replace("'" + camel(key) + "'", "[" + key + "]");
    }
    for (String key : TOKENIZER) {
      out = out.replace("'" + camel(key) + "'", "[" + key + "]");
    }
    return out.replace("Configuration Error: ", "")
        .replace("builtInLists must", "[built_in_lists] must")
        .replace("matchLevel must", "[match_level] must")
        .replace("model must", "[model] must");
  }

  /** remove_nukta → removeNukta. */
  static String camel(String snake) {
    StringBuilder b = new StringBuilder(snake.length());
    boolean up = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** removeNukta → remove_nukta. */
  static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}

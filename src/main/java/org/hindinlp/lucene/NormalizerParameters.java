package org.hindinlp.lucene;

import java.util.Locale;
import java.util.Map;
import org.hindinlp.normalize.DevanagariNormalizer;

/** Reads a {@link DevanagariNormalizer} from factory parameters; shared by the factories. */
final class NormalizerParameters {

  private NormalizerParameters() {}

  /**
   * Reads {@code level}, {@code nuktaForm} and the switches, removing them from {@code args}.
   *
   * @throws IllegalArgumentException on a malformed value or contradictory switches
   */
  static DevanagariNormalizer read(Map<String, String> args) {
    String level = args.remove("level");
    DevanagariNormalizer.Builder b;
    if (level == null || level.equalsIgnoreCase("search")) {
      b = DevanagariNormalizer.builder(DevanagariNormalizer.Level.SEARCH);
    } else if (level.equalsIgnoreCase("canonical")) {
      b = DevanagariNormalizer.builder(DevanagariNormalizer.Level.CANONICAL);
    } else {
      throw new IllegalArgumentException(
          "Configuration Error: 'level' must be search or canonical, not '" + level + "'");
    }
    String form = args.remove("nuktaForm");
    if (form != null) {
      if (form.equalsIgnoreCase("decomposed") || form.equalsIgnoreCase("composed")) {
        b.nuktaForm(DevanagariNormalizer.NuktaForm.valueOf(form.toUpperCase(Locale.ROOT)));
      } else {
        throw new IllegalArgumentException(
            "Configuration Error: 'nuktaForm' must be decomposed or composed, not '" + form + "'");
      }
    }
    Boolean v;
    if ((v = flag(args, "removeNukta")) != null) {
      b.removeNukta(v);
    }
    if ((v = flag(args, "chandrabinduToAnusvara")) != null) {
      b.chandrabinduToAnusvara(v);
    }
    if ((v = flag(args, "nasalToAnusvara")) != null) {
      b.nasalToAnusvara(v);
    }
    if ((v = flag(args, "removeJoiners")) != null) {
      b.removeJoiners(v);
    }
    if ((v = flag(args, "asciiDigits")) != null) {
      b.asciiDigits(v);
    }
    if ((v = flag(args, "foldPunctuation")) != null) {
      b.foldPunctuation(v);
    }
    if ((v = flag(args, "pipeAsDanda")) != null) {
      b.pipeAsDanda(v);
    }
    if ((v = flag(args, "foldCandraVowels")) != null) {
      b.foldCandraVowels(v);
    }
    if ((v = flag(args, "foldVowelLength")) != null) {
      b.foldVowelLength(v);
    }
    if ((v = flag(args, "removeVirama")) != null) {
      b.removeVirama(v);
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("Configuration Error: " + e.getMessage(), e);
    }
  }

  /** A strict boolean: {@code true} or {@code false} (any case), else an error; null if absent. */
  static Boolean flag(Map<String, String> args, String name) {
    String s = args.remove(name);
    if (s == null) {
      return null;
    }
    if (s.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (s.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException(
        "Configuration Error: '" + name + "' must be true or false, not '" + s + "'");
  }
}

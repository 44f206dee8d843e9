package org.hindinlp.ner.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Experiment only: a place-name gazetteer read from the shared CLDR and India states/cities data,
 * a stand-in for the built-in lists of issue 4, to measure what list features add to the model.
 * Longest match over search-normalized tokens; tags {@code B-/I-/L-/U-LOCATION@builtin}.
 */
final class ListGazetteer implements GazetteerFeatures {

  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();
  private final Map<String, String> names = new HashMap<>(); // joined search form → type
  private int maxLen = 1;

  static ListGazetteer fromShared(Path shared) throws IOException {
    ListGazetteer g = new ListGazetteer();
    Pattern quoted = Pattern.compile("\"(hi_name|[A-Z0-9]{2,3}|exemplarCity)\"\\s*:\\s*\"([^\"]+)\"");
    for (String f :
        List.of(
            "corpora/cldr-hi/localenames/hi/territories.json",
            "corpora/cldr-hi/dates/hi/timeZoneNames.json",
            "corpora/india-states-districts-hi/state.json",
            "corpora/india-states-districts-hi/city.json",
            "corpora/india-states-districts-hi/country.json")) {
      Path p = shared.resolve(f);
      if (!Files.exists(p)) {
        continue;
      }
      Matcher m = quoted.matcher(Files.readString(p, StandardCharsets.UTF_8));
      while (m.find()) {
        g.add(m.group(2), "LOCATION");
      }
    }
    return g;
  }

  void add(String name, String type) {
    String[] toks = name.trim().split("\\s+");
    if (toks.length == 0 || toks[0].isEmpty()) {
      return;
    }
    names.put(key(List.of(toks), 0, toks.length), type);
    maxLen = Math.max(maxLen, toks.length);
  }

  private static String key(List<String> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(SEARCH.normalizeToString(toks.get(i).toLowerCase(Locale.ROOT)));
    }
    return sb.toString();
  }

  int size() {
    return names.size();
  }

  @Override
  public List<List<String>> tags(List<String> tokens) {
    List<List<String>> out = null;
    int i = 0;
    while (i < tokens.size()) {
      int found = 0;
      String type = null;
      for (int len = Math.min(maxLen, tokens.size() - i); len >= 1; len--) {
        type = names.get(key(tokens, i, i + len));
        if (type != null) {
          found = len;
          break;
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
          out.add(new ArrayList<>(1));
        }
      }
      for (int k = 0; k < found; k++) {
        String part = found == 1 ? "U" : k == 0 ? "B" : k == found - 1 ? "L" : "I";
        out.get(i + k).add(part + "-" + type + "@builtin");
      }
      i += found;
    }
    return out;
  }
}

package org.hindinlp.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * List-membership features from entity lists: every name of every entry is split on whitespace and
 * keyed by the search form of its tokens (Latin lower-cased); a sentence is matched longest-first,
 * left to right, and each matched token gets {@code B-}, {@code I-}, {@code L-} or {@code
 * U-TYPE@source} (for example {@code U-LOCATION@builtin}). Where lists overlap, the first source
 * given wins. Immutable and thread-safe.
 */
public final class EntityListFeatures implements GazetteerFeatures {

  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  /**
   * Id prefix of the features from the built-in lists. A model trained with them stores {@code
   * builtin-lists@sha256:<hash>}, the hash of the list files ({@code
   * EntityTagger.builtInListsHash()}), so that a tagger can tell when the lists it loads differ from
   * those the model learned from.
   */
  public static final String BUILT_IN_ID = "builtin-lists";

  private static volatile EntityListFeatures builtIn;

  private final String id;
  private final Map<String, String> tagByName; // joined keys → "TYPE@source"
  private final java.util.Set<String> prefixes = new java.util.HashSet<>(); // proper name prefixes
  private int maxTokens = 1;
  /**
   * For matching: every name and proper name prefix (joined keys) → its tag (null for a prefix
   * only) and whether longer names start with it; one lookup per step. Built once the names are in.
   */
  private Map<String, Step> steps = Map.of();

  private record Step(String tag, boolean prefix) {}

  private EntityListFeatures(String id, Map<String, String> tagByName, int maxTokens) {
    this.id = id;
    this.tagByName = tagByName;
    this.maxTokens = maxTokens;
  }

  private EntityListFeatures(
      String id, Map<String, String> tagByName, int maxTokens, java.util.Set<String> prefixes) {
    this(id, tagByName, maxTokens);
    this.prefixes.addAll(prefixes);
    index();
  }

  /**
   * A hash of what the model sees of these lists: {@code sha256:} and the first 16 hex digits of
   * the SHA-256 of every matching key and its tag, sorted, one per line.
   */
  public String contentHash() {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(tagByName).entrySet()) {
        md.update((e.getKey() + "\t" + e.getValue() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return "sha256:" + java.util.HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Whether a model's gazetteer id names the built-in lists (of any version). */
  public static boolean isBuiltInId(String id) {
    return id.equals(BUILT_IN_ID) || id.startsWith(BUILT_IN_ID + "@");
  }


  /** A list name and the type of its entry (PERSON, LOCATION, ORGANIZATION or a user's type). */
  public record Name(String name, String type) {}

  /** Builds the built-in features; installed by {@code org.hindinlp.ner.EntityTagger}. */
  private static volatile java.util.function.Supplier<EntityListFeatures> builtInSource;

  /**
   * Installs what {@link #builtIn()} builds the built-in features from (the entity tagger's lists,
   * which this package does not know: the dependency runs from {@code ner} to {@code ner.model}
   * only). Called once, by the tagger's class initialisation.
   *
   * @param source builds the features (names of the built-in lists, id with their hash)
   */
  public static void installBuiltIn(java.util.function.Supplier<EntityListFeatures> source) {
    builtInSource = Objects.requireNonNull(source, "source");
  }

  /**
   * The built-in entity lists ({@code EntityTagger.builtInLists()}) with source {@code builtin}:
   * the list features the shipped model was trained with.
   */
  public static EntityListFeatures builtIn() {
    EntityListFeatures f = builtIn;
    if (f == null) {
      synchronized (EntityListFeatures.class) {
        f = builtIn;
        if (f == null) {
          if (builtInSource == null) {
            try {
              // The tagger installs the source when its class is initialised.
              Class.forName("org.hindinlp.ner.EntityTagger", true, EntityListFeatures.class.getClassLoader());
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException("the entity tagger is missing from the class path", e);
            }
          }
          f = builtInSource.get();
          builtIn = f;
        }
      }
    }
    return f;
  }

  /**
   * Features from lists under one source name.
   *
   * @param id what a model trained with these features records in its header
   * @param source the source part of the tags ({@code U-LOCATION@source})
   * @param lists the lists
   */
  public static EntityListFeatures of(String id, String source, Iterable<Name> names) {
    EntityListFeatures f = new EntityListFeatures(Objects.requireNonNull(id, "id"), new HashMap<>(), 1);
    f.addAll(source, names);
    f.index();
    return f;
  }

  /**
   * A copy with another id (the built-in lists' id carries their hash).
   *
   * @param newId the id
   * @return the same features under {@code newId}
   */
  public EntityListFeatures withId(String newId) {
    return new EntityListFeatures(Objects.requireNonNull(newId, "newId"), tagByName, maxTokens, prefixes);
  }

  /**
   * These features plus a user's names under source {@code user}; a name in both is tagged as the
   * user's. The model has learned weights for the tags without their source, so user lists count
   * like the built-in ones; the id stays that of these features.
   */
  public EntityListFeatures withUserNames(Iterable<Name> userNames) {
    EntityListFeatures f = new EntityListFeatures(id, new HashMap<>(), 1);
    f.addAll("user", userNames);
    for (Map.Entry<String, String> e : tagByName.entrySet()) {
      f.tagByName.putIfAbsent(e.getKey(), e.getValue());
    }
    f.prefixes.addAll(prefixes);
    f.maxTokens = Math.max(f.maxTokens, maxTokens);
    f.index();
    return f;
  }

  /** The id recorded in a model trained with these features. */
  public String id() {
    return id;
  }

  private void addAll(String source, Iterable<Name> names) {
    Objects.requireNonNull(source, "source");
    for (Name n : names) {
      add(n.name(), n.type() + "@" + source);
    }
  }

  private void add(String name, String tag) {
    String[] toks = name.trim().split("\\s+");
    if (toks.length == 0 || toks[0].isEmpty()) {
      return;
    }
    List<String> list = List.of(toks);
    tagByName.putIfAbsent(key(list, 0, toks.length), tag);
    for (int len = 1; len < toks.length; len++) {
      prefixes.add(key(list, 0, len));
    }
    maxTokens = Math.max(maxTokens, toks.length);
  }

  private void index() {
    Map<String, Step> m = new HashMap<>(2 * (tagByName.size() + prefixes.size()));
    for (Map.Entry<String, String> e : tagByName.entrySet()) {
      m.put(e.getKey(), new Step(e.getValue(), prefixes.contains(e.getKey())));
    }
    for (String p : prefixes) {
      m.putIfAbsent(p, new Step(null, true));
    }
    steps = m;
  }

  /** Number of distinct names. */
  public int size() {
    return tagByName.size();
  }

  private static String key(List<String> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(searchKey(toks.get(i)));
    }
    return sb.toString();
  }

  private static final int KEY_CACHE_LIMIT = 50_000;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>(1 << 14);

  private static String searchKey(String token) {
    String k = KEYS.get(token);
    if (k == null) {
      k = SEARCH.normalizeToString(token.toLowerCase(Locale.ROOT));
      if (KEYS.size() < KEY_CACHE_LIMIT) {
        KEYS.putIfAbsent(token, k);
      }
    }
    return k;
  }

  /**
   * These features with dropout, for training only: for each sentence (chosen by a hash of its
   * tokens and the seed, so the same sentence always gets the same draw) all list tags are dropped
   * with probability {@code sentenceP}, otherwise each matched span with probability {@code
   * matchP}. A model trained so learns not to equate "in a list" with "an entity", and tags well
   * with the lists off. The id stays that of these features.
   */
  public GazetteerFeatures withDropout(double sentenceP, double matchP, long seed) {
    if (!(sentenceP >= 0 && sentenceP <= 1 && matchP >= 0 && matchP <= 1)) {
      throw new IllegalArgumentException("dropout probabilities must be in [0, 1]");
    }
    EntityListFeatures self = this;
    return new Dropout(self, sentenceP, matchP, seed);
  }

  /** {@link #withDropout}: an {@link EntityListFeatures} view for the trainer (its id is kept). */
  record Dropout(EntityListFeatures lists, double sentenceP, double matchP, long seed)
      implements GazetteerFeatures {
    @Override
    public List<List<String>> tags(List<String> tokens) {
      List<List<String>> tags = lists.tags(tokens);
      if (tags == null) {
        return null;
      }
      java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed * 31 + tokens.hashCode());
      if (rnd.nextDouble() < sentenceP) {
        return null;
      }
      boolean any = false;
      for (int i = 0; i < tags.size(); i++) {
        List<String> t = tags.get(i);
        if (t.isEmpty()) {
          continue;
        }
        int end = i;
        while (end < tags.size() && !tags.get(end).isEmpty() && !(tags.get(end).get(0).startsWith("U-")
            || tags.get(end).get(0).startsWith("L-"))) {
          end++;
        }
        end = Math.min(end, tags.size() - 1);
        if (rnd.nextDouble() < matchP) {
          for (int k = i; k <= end; k++) {
            tags.set(k, new ArrayList<>(0));
          }
        } else {
          any = true;
        }
        i = end;
      }
      return any ? tags : null;
    }
  }

  @Override
  public List<List<String>> tags(List<String> tokens) {
    List<List<String>> out = null;
    int n = tokens.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = searchKey(tokens.get(i));
    }
    StringBuilder sb = null;
    int i = 0;
    while (i < n) {
      int found = 0;
      String tag = null;
      // Longest match from i: a single token is its own key; longer keys only when a name
      // starts with the tokens so far (rare), joined by spaces.
      Step step = steps.get(keys[i]);
      if (step != null) {
        if (step.tag() != null) {
          found = 1;
          tag = step.tag();
        }
        if (step.prefix()) {
          if (sb == null) {
            sb = new StringBuilder(64);
          }
          sb.setLength(0);
          sb.append(keys[i]);
          for (int len = 2; len <= maxTokens && i + len <= n; len++) {
            sb.append(' ').append(keys[i + len - 1]);
            Step st = steps.get(sb.toString());
            if (st == null) {
              break;
            }
            if (st.tag() != null) {
              found = len;
              tag = st.tag();
            }
            if (!st.prefix()) {
              break;
            }
          }
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      out = addSpanTags(out, n, i, found, tag);
      i += found;
    }
    return out;
  }

  /**
   * Adds {@code U-tag}, or {@code B-}/{@code I-}/{@code L-tag}, to the tokens {@code start ..
   * start + length - 1} of a sentence of {@code n} tokens; {@code out} (one tag list per token) is
   * made on the first match, so a sentence without one costs no lists. Returns {@code out}.
   */
  static List<List<String>> addSpanTags(
      List<List<String>> out, int n, int start, int length, String tag) {
    if (out == null) {
      out = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        out.add(new ArrayList<>(1));
      }
    }
    for (int k = 0; k < length; k++) {
      String part = length == 1 ? "U-" : k == 0 ? "B-" : k == length - 1 ? "L-" : "I-";
      out.get(start + k).add(part + tag);
    }
    return out;
  }
}

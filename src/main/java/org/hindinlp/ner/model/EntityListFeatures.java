package org.hindinlp.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.ListEntry;
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

  /** Id of the features from the built-in lists, as stored in a model trained with them. */
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

  /** Skeleton matching (null: off, the shipped behaviour): key, index and settings. */
  private SkeletonKey skeleton;

  private Map<String, Step> skeletonSteps = Map.of();
  private final java.util.concurrent.ConcurrentHashMap<String, String> skeletonCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private int skeletonMinLength;
  private SkeletonTags skeletonTags;

  /** How a skeleton match is tagged. */
  enum SkeletonTags {
    /** {@code U-LOCATION@builtin~}: its own source, the same source-less tag as an exact match. */
    SOURCE_MARK,
    /** {@code U-LOCATION~@builtin~}: its own source and its own source-less tag. */
    OWN_TYPE,
    /** {@code U-LOCATION@builtin}: as an exact match. */
    AS_EXACT
  }

  private EntityListFeatures(String id, Map<String, String> tagByName, int maxTokens) {
    this.id = id;
    this.tagByName = tagByName;
    this.maxTokens = maxTokens;
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
          f = of(BUILT_IN_ID, "builtin", org.hindinlp.ner.EntityTagger.builtInLists());
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
  public static EntityListFeatures of(String id, String source, List<EntityList> lists) {
    EntityListFeatures f = new EntityListFeatures(Objects.requireNonNull(id, "id"), new HashMap<>(), 1);
    f.addAll(source, lists);
    f.index();
    return f;
  }

  /**
   * These features plus a user's lists under source {@code user}; a name in both is tagged as the
   * user's. The model has learned weights for the tags without their source, so user lists count
   * like the built-in ones; the id stays that of these features.
   */
  public EntityListFeatures withUserLists(List<EntityList> userLists) {
    EntityListFeatures f = new EntityListFeatures(id, new HashMap<>(), 1);
    f.addAll("user", userLists);
    for (Map.Entry<String, String> e : tagByName.entrySet()) {
      f.tagByName.putIfAbsent(e.getKey(), e.getValue());
    }
    f.prefixes.addAll(prefixes);
    f.maxTokens = Math.max(f.maxTokens, maxTokens);
    f.index();
    if (skeleton != null) {
      f.indexSkeleton(skeleton, skeletonMinLength, skeletonTags);
    }
    return f;
  }

  /**
   * These features plus a second match by {@link SkeletonKey} on the tokens the exact match left
   * untagged: a name whose skeleton (all its tokens, spaces left out) has at least {@code
   * minLength} characters is tagged where the skeletons of the tokens equal its own, as {@code
   * U-LOCATION@builtin~} (or as {@code tags} says). Experimental, off in the shipped model.
   *
   * @param id the id recorded in a model trained with these features
   */
  EntityListFeatures withSkeletonMatching(String id, SkeletonKey key, int minLength, SkeletonTags tags) {
    EntityListFeatures f = new EntityListFeatures(Objects.requireNonNull(id, "id"), tagByName, maxTokens);
    f.prefixes.addAll(prefixes);
    f.index();
    f.indexSkeleton(Objects.requireNonNull(key, "key"), minLength, Objects.requireNonNull(tags, "tags"));
    return f;
  }

  private void indexSkeleton(SkeletonKey key, int minLength, SkeletonTags how) {
    Map<String, Step> m = new HashMap<>();
    Map<String, String> tags = new HashMap<>();
    java.util.Set<String> pre = new java.util.HashSet<>();
    for (Map.Entry<String, String> e : tagByName.entrySet()) {
      String[] toks = e.getKey().split(" ");
      StringBuilder sb = new StringBuilder();
      int letters = 0;
      for (int i = 0; i < toks.length; i++) {
        String k = key.of(toks[i]);
        letters += k.length();
        if (i > 0) {
          sb.append(' ');
          pre.add(sb.substring(0, sb.length() - 1));
        }
        sb.append(k);
      }
      if (letters < minLength) {
        continue;
      }
      String tag = e.getValue();
      int at = tag.indexOf('@');
      String fuzzy = switch (how) {
        case SOURCE_MARK -> tag + "~";
        case OWN_TYPE -> tag.substring(0, at) + "~" + tag.substring(at) + "~";
        case AS_EXACT -> tag;
      };
      tags.merge(sb.toString(), fuzzy, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    for (Map.Entry<String, String> e : tags.entrySet()) {
      m.put(e.getKey(), new Step(e.getValue(), pre.contains(e.getKey())));
    }
    for (String p : pre) {
      m.putIfAbsent(p, new Step(null, true));
    }
    skeleton = key;
    skeletonSteps = m;
    skeletonMinLength = minLength;
    skeletonTags = how;
  }

  /** The id recorded in a model trained with these features. */
  public String id() {
    return id;
  }

  private void addAll(String source, List<EntityList> lists) {
    Objects.requireNonNull(source, "source");
    for (EntityList list : lists) {
      for (ListEntry entry : list.entries()) {
        for (String name : entry.names()) {
          add(name, entry.type().name() + "@" + source);
        }
      }
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

  @Override
  public List<List<String>> tags(List<String> tokens) {
    int n = tokens.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = searchKey(tokens.get(i));
    }
    List<List<String>> out = match(keys, steps, maxTokens, null, null, null);
    if (skeleton != null) {
      String[] skel = new String[n];
      for (int i = 0; i < n; i++) {
        String k = skeletonCache.get(keys[i]);
        if (k == null) {
          k = skeleton.of(keys[i]);
          if (skeletonCache.size() < KEY_CACHE_LIMIT) {
            skeletonCache.putIfAbsent(keys[i], k);
          }
        }
        skel[i] = k;
      }
      out = match(skel, skeletonSteps, maxTokens, out, out, null);
    }
    return out;
  }

  /**
   * Longest match left to right of {@code keys} against {@code steps}; tokens that already have a
   * tag in {@code blocked} are skipped. Tags are added to {@code out} (created when null), each
   * {@code TYPE@source} followed by {@code mark} when it is not null.
   */
  private static List<List<String>> match(
      String[] keys, Map<String, Step> steps, int maxTokens, List<List<String>> blocked,
      List<List<String>> out, String mark) {
    int n = keys.length;
    StringBuilder sb = null;
    int i = 0;
    while (i < n) {
      if (blocked != null && !blocked.get(i).isEmpty()) {
        i++;
        continue;
      }
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
            if (blocked != null && !blocked.get(i + len - 1).isEmpty()) {
              break;
            }
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
      if (out == null) {
        out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          out.add(new ArrayList<>(1));
        }
      }
      if (mark != null) {
        tag = tag + mark;
      }
      for (int k = 0; k < found; k++) {
        String part = found == 1 ? "U-" : k == 0 ? "B-" : k == found - 1 ? "L-" : "I-";
        out.get(i + k).add(part + tag);
      }
      i += found;
    }
    return out;
  }
}

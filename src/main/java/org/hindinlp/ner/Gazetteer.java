package org.hindinlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.internal.Acronyms;
import org.hindinlp.transliterate.NameTransliterator;

/**
 * Entity lists compiled for matching: every name is tokenized with the same tokenizer as the text
 * and keyed with the same normalizer, then stored in a {@link PhraseTrie}, so matching is over
 * whole tokens and insensitive to nukta/joiner spelling. Latin names match case-insensitively,
 * except acronyms (KCNA, AP), which match upper case only and also match their Devanagari letter
 * spelling (केसीएनए). Immutable after construction; thread-safe.
 */
final class Gazetteer {

  /** One list entry and where it comes from. */
  record Item(ListEntry entry, int rank, String list) {}

  private final Item[] items;
  private final PhraseTrie trie;
  /** The names again under their spelling-variant keys ({@link NameVariantKey}), or null when off. */
  private final PhraseTrie variantTrie;
  /** Transliterations of users' Latin-only names, under their variant keys, or null. */
  private PhraseTrie translitTrie;
  /** Upper-case Latin acronym → packed payloads (item << 1 | contextOnly). */
  private final Map<String, int[]> acronyms;
  private final DevanagariNormalizer keyNormalizer;
  /** First and last words of the listed people's full names (for the guarded title rule). */
  private final java.util.Set<String> givenNames;
  private final java.util.Set<String> surnames;
  /** Whether the built-in lists' part came from the jar's compiled {@link GazetteerIndex}. */
  private final boolean fromIndex;

  /**
   * @param ranked lists in priority order with their rank (0 = user, 1 = built-in)
   * @param keyNormalizer applied to each token's canonical form ({@code null} for canonical level)
   */
  Gazetteer(List<EntityList> userLists, List<EntityList> builtInLists, HindiTokenizer tokenizer,
      DevanagariNormalizer keyNormalizer) {
    this(userLists, builtInLists, tokenizer, keyNormalizer, true);
  }

  /**
   * @param variants whether names of lists that allow it ({@link EntityList#spellingVariants()})
   *     also match through their spelling-variant keys
   */
  Gazetteer(List<EntityList> userLists, List<EntityList> builtInLists, HindiTokenizer tokenizer,
      DevanagariNormalizer keyNormalizer, boolean variants) {
    this(userLists, builtInLists, tokenizer, keyNormalizer, variants, 0);
  }

  /**
   * @param transliterations how many Devanagari spellings ({@link NameTransliterator}) to add for
   *     each Latin name of a user's entry that has no Devanagari name (0: none)
   */
  Gazetteer(List<EntityList> userLists, List<EntityList> builtInLists, HindiTokenizer tokenizer,
      DevanagariNormalizer keyNormalizer, boolean variants, int transliterations) {
    this(userLists, builtInLists, tokenizer, keyNormalizer, variants, transliterations, null);
  }

  /**
   * @param index the compiled index of {@code builtInLists} with the standard tokenizer, or null:
   *     used when there are no user lists and matching is canonical, else the index is built
   */
  Gazetteer(List<EntityList> userLists, List<EntityList> builtInLists, HindiTokenizer tokenizer,
      DevanagariNormalizer keyNormalizer, boolean variants, int transliterations, GazetteerIndex index) {
    this.keyNormalizer = keyNormalizer;
    List<Item> all = new ArrayList<>();
    List<Boolean> variantOk = new ArrayList<>();
    for (EntityList l : userLists) {
      for (ListEntry e : l.entries()) {
        all.add(new Item(e, 0, l.name()));
        variantOk.add(l.spellingVariants());
      }
    }
    for (EntityList l : builtInLists) {
      for (ListEntry e : l.entries()) {
        all.add(new Item(e, 1, l.name()));
        variantOk.add(l.spellingVariants());
      }
    }
    items = all.toArray(new Item[0]);
    for (Item it : items) {
      String en = english(it.entry());
      if (en != null) {
        englishById.putIfAbsent(it.entry().id(), en);
      }
    }
    int userItems = items.length - (index == null ? 0 : index.items);
    boolean indexFits = index != null && keyNormalizer == null && builtInLists == index.lists;
    fromIndex = indexFits;
    if (indexFits && userItems > 0) {
      // User lists on a copy of the compiled index: its payloads move up past the user entries
      // (which come first, as when all names are indexed), and each user name goes where indexing
      // them first would have put it.
      int shift = userItems << 1;
      Compiled c = index.compiled;
      trie = c.trie().shifted(shift);
      variantTrie = variants ? c.variantTrie().shifted(shift) : null;
      acronyms = new HashMap<>(c.acronyms().size() * 2);
      for (Map.Entry<String, int[]> a : c.acronyms().entrySet()) {
        int[] v = a.getValue().clone();
        for (int k = 0; k < v.length; k++) {
          v[k] += shift;
        }
        acronyms.put(a.getKey(), v);
      }
      givenNames = new java.util.HashSet<>(c.givenNames());
      surnames = new java.util.HashSet<>(c.surnames());
      Prepared[][] prepared = prepareAll(tokenizer, userItems, variantOk);
      for (int i = 0; i < userItems; i++) {
        for (Prepared n : prepared[i]) {
          insert(n, items[i].entry().type().equals(EntityType.PERSON), shift);
        }
      }
      List<Integer> payloads = new ArrayList<>();
      if (variantTrie != null) {
        insertVariants(prepared, payloads, shift, c);
      }
      nearPayloads = payloads.stream().mapToInt(Integer::intValue).toArray();
      transliterate(tokenizer, variantOk, transliterations);
      return;
    }
    if (indexFits) {
      Compiled c = index.compiled;
      trie = c.trie();
      acronyms = c.acronyms();
      givenNames = c.givenNames();
      surnames = c.surnames();
      variantTrie = variants ? c.variantTrie() : null;
      if (variants) {
        nearNames.addAll(c.nearNames());
        nearPayloads = c.nearPayloads();
        nearByVariantId = c.nearByVariantId();
      } else {
        nearPayloads = new int[0];
      }
      return; // no user entries: nothing to transliterate
    }
    trie = new PhraseTrie();
    variantTrie = variants ? new PhraseTrie() : null;
    acronyms = new HashMap<>();
    givenNames = new java.util.HashSet<>();
    surnames = new java.util.HashSet<>();
    // Tokenizing and keying the names is most of the work and touches no shared state: done on all
    // cores first; the index is then filled in list order, so the result never depends on threads.
    Prepared[][] prepared = prepareAll(tokenizer, items.length, variantOk);
    for (int i = 0; i < items.length; i++) {
      ListEntry e = items[i].entry();
      for (Prepared n : prepared[i]) {
        insert(n, e.type().equals(EntityType.PERSON), Integer.MAX_VALUE);
      }
    }
    List<Integer> payloads = new ArrayList<>();
    if (variantTrie != null) {
      insertVariants(prepared, payloads, Integer.MAX_VALUE, null);
    }
    nearPayloads = payloads.stream().mapToInt(Integer::intValue).toArray();
    transliterate(tokenizer, variantOk, transliterations);
  }

  /** The names of the first {@code n} items, prepared on all cores (in item order). */
  private Prepared[][] prepareAll(HindiTokenizer tokenizer, int n, List<Boolean> variantOk) {
    return java.util.stream.IntStream.range(0, n)
        .parallel()
        .mapToObj(i -> prepare(tokenizer, i, variantOk.get(i)))
        .toArray(Prepared[][]::new);
  }

  /** Adds the transliterations of the user entries known by Latin names only. */
  private void transliterate(HindiTokenizer tokenizer, List<Boolean> variantOk, int transliterations) {
    for (int i = 0; i < items.length; i++) {
      ListEntry e = items[i].entry();
      boolean v = variantOk.get(i);
      if (transliterations > 0 && items[i].rank() == 0 && v && latinOnly(e)) {
        if (transliterated < MAX_TRANSLITERATED) {
          addTransliterations(tokenizer, e, i, transliterations);
        }
        transliterated++;
      }
    }
    if (transliterated > MAX_TRANSLITERATED) {
      System.getLogger(Gazetteer.class.getName()).log(System.Logger.Level.WARNING,
          "{0} list entries have Latin names only; the first {1} were transliterated to Devanagari"
              + " (about 0.2 ms each), the others match in Latin script only: give them Devanagari names,"
              + " or turn transliteration off (EntityTagger.Builder.transliterateLatinNames(false))",
          transliterated, MAX_TRANSLITERATED);
    }
  }

  /**
   * What the gazetteer computes from its lists' names, as {@link GazetteerIndex} stores it: the
   * exact and variant tries, the acronyms, the persons' first and last words, the near-name index.
   */
  record Compiled(PhraseTrie trie, PhraseTrie variantTrie, Map<String, int[]> acronyms,
      java.util.Set<String> givenNames, java.util.Set<String> surnames, List<String[]> nearNames,
      int[] nearPayloads, int[][] nearByVariantId) {

    /**
     * Writes the state; words are stored as token ids of the trie they come from (the persons'
     * words are exact keys, the near names variant keys), payloads as they are.
     */
    void write(GazetteerIndex.Out out) throws java.io.IOException {
      trie.write(out);
      variantTrie.write(out);
      String[] acr = acronyms.keySet().toArray(new String[0]);
      java.util.Arrays.sort(acr);
      out.strings(acr);
      for (String a : acr) {
        out.ints(acronyms.get(a));
      }
      out.ints(sortedIds(trie, givenNames));
      out.ints(sortedIds(trie, surnames));
      out.v(nearNames.size());
      for (String[] n : nearNames) {
        out.ints(ids(variantTrie, java.util.Arrays.asList(n)));
      }
      out.ints(nearPayloads);
      int anchors = 0;
      for (int[] refs : nearByVariantId) {
        anchors += refs == null ? 0 : 1;
      }
      out.v(anchors);
      for (int id = 0; id < nearByVariantId.length; id++) {
        if (nearByVariantId[id] != null) {
          out.v(id);
          out.ints(nearByVariantId[id]);
        }
      }
    }

    private static int[] ids(PhraseTrie t, java.util.Collection<String> words) {
      int[] ids = new int[words.size()];
      int k = 0;
      for (String w : words) {
        ids[k] = t.tokenId(w);
        if (ids[k++] == PhraseTrie.NONE) {
          throw new IllegalStateException("'" + w + "' is not a token of its trie");
        }
      }
      return ids;
    }

    private static int[] sortedIds(PhraseTrie t, java.util.Collection<String> words) {
      int[] ids = ids(t, words);
      java.util.Arrays.sort(ids);
      return ids;
    }

    private static String[] words(String[] tokens, int[] ids) {
      String[] out = new String[ids.length];
      for (int k = 0; k < ids.length; k++) {
        if (ids[k] >= tokens.length) {
          throw new IllegalArgumentException("token id " + ids[k] + " out of range");
        }
        out[k] = tokens[ids[k]];
      }
      return out;
    }

    /** Reads the state of a gazetteer of {@code items} entries; every payload is checked. */
    static Compiled read(GazetteerIndex.In in, int items) {
      PhraseTrie trie = PhraseTrie.read(in);
      PhraseTrie variantTrie = PhraseTrie.read(in);
      String[] acr = in.strings();
      Map<String, int[]> acronyms = new HashMap<>(acr.length * 4 / 3 + 1);
      for (String a : acr) {
        acronyms.put(a, checked(in.ints(), items));
      }
      String[] exact = trie.tokens();
      java.util.Set<String> given = new java.util.HashSet<>(java.util.Arrays.asList(words(exact, in.ints())));
      java.util.Set<String> sur = new java.util.HashSet<>(java.util.Arrays.asList(words(exact, in.ints())));
      String[] variant = variantTrie.tokens();
      int n = in.count();
      List<String[]> near = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        near.add(words(variant, in.ints()));
      }
      int[] nearPayloads = checked(in.ints(), items);
      if (nearPayloads.length != near.size()) {
        throw new IllegalArgumentException("near names and payloads differ in number");
      }
      int[][] byId = new int[variant.length][];
      int anchors = in.count();
      for (int k = 0; k < anchors; k++) {
        int id = in.v();
        if (id >= byId.length) {
          throw new IllegalArgumentException("anchor id " + id + " out of range");
        }
        byId[id] = in.ints();
        for (int ref : byId[id]) {
          if ((ref >>> 4) >= near.size() || (ref & 15) >= near.get(ref >>> 4).length) {
            throw new IllegalArgumentException("near-name reference out of range");
          }
        }
      }
      checked(trie, items);
      checked(variantTrie, items);
      return new Compiled(trie, variantTrie, acronyms, given, sur, near, nearPayloads, byId);
    }

    private static int[] checked(int[] payloads, int items) {
      for (int p : payloads) {
        if ((p >>> 1) >= items) {
          throw new IllegalArgumentException("payload " + p + " beyond " + items + " entries");
        }
      }
      return payloads;
    }

    private static void checked(PhraseTrie t, int items) {
      if (!t.payloadsBelow(items << 1)) {
        throw new IllegalArgumentException("a trie payload is beyond " + items + " entries");
      }
    }
  }

  /** This gazetteer's compiled state (built with spelling variants on), for {@link GazetteerIndex}. */
  Compiled compiled() {
    if (variantTrie == null) {
      throw new IllegalStateException("the index is written with spelling variants on");
    }
    return new Compiled(trie, variantTrie, acronyms, givenNames, surnames, nearNames, nearPayloads,
        nearByVariantId);
  }

  /** Whether the built-in lists' part was read from the jar's compiled index (not built from the names). */
  boolean fromIndex() {
    return fromIndex;
  }

  /** At most this many Latin-only entries are transliterated (about 4 s of list loading). */
  static final int MAX_TRANSLITERATED = 20_000;

  private int transliterated;

  /**
   * Whether an entry has Latin names only: no Devanagari name at all, context-only names included
   * (an entry with ~राजमहल says how its Devanagari name may match; a transliteration must not make
   * it strong).
   */
  private static boolean latinOnly(ListEntry e) {
    for (String n : e.contextNames()) {
      for (int k = 0; k < n.length(); k++) {
        if (n.charAt(k) >= 0x0900 && n.charAt(k) <= 0x097F) {
          return false;
        }
      }
    }
    boolean latin = false;
    for (String n : e.names()) {
      for (int k = 0; k < n.length(); k++) {
        char c = n.charAt(k);
        if (c >= 0x0900 && c <= 0x097F) {
          return false;
        }
        latin |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      }
    }
    return latin;
  }

  /**
   * A user's entry known only by Latin names (Keir Starmer, Ontario): its names' n best Devanagari
   * spellings are indexed under their variant keys, so that कीर स्टार्मर / ओंटारियो match (score
   * {@value #TRANSLITERATION_SCORE}). Acronyms are left out (they match through their letter
   * names, केसीएनए = KCNA).
   */
  private void addTransliterations(HindiTokenizer tokenizer, ListEntry e, int item, int n) {
    for (String name : e.names()) {
      List<Token> latin = tokenizer.tokenize(name);
      if (latin.isEmpty() || (latin.size() == 1 && acronymOf(latin.get(0)) != null)) {
        continue;
      }
      List<org.hindinlp.transliterate.Candidate> cands;
      try {
        cands = NameTransliterator.standard().transliterate(name, n);
      } catch (IllegalArgumentException ex) {
        continue; // no Latin letters, or too long: nothing to add
      }
      for (org.hindinlp.transliterate.Candidate c : cands) {
        List<Token> tokens = tokenizer.tokenize(c.text());
        if (tokens.isEmpty()) {
          continue;
        }
        int payload = item << 1;
        if (translitTrie == null) {
          translitTrie = new PhraseTrie();
        }
        String[] v = new String[tokens.size()];
        int length = 0;
        for (int k = 0; k < v.length; k++) {
          v[k] = NameVariantKey.of(tokens.get(k).canonical());
          length += v[k].length();
        }
        if (length >= (v.length == 1 ? MIN_VARIANT_KEY_ONE_WORD : MIN_VARIANT_KEY)) {
          translitTrie.add(v, payload);
        }
      }
    }
  }

  /** The score of a match through a transliteration of a Latin name. */
  static final double TRANSLITERATION_SCORE = 0.85;

  /** The shortest variant key (in chars, all tokens) that may match through a spelling variant. */
  static final int MIN_VARIANT_KEY = 4;
  /** The same for a one-word name. */
  static final int MIN_VARIANT_KEY_ONE_WORD = 6;

  /**
   * What one name adds to the index: its acronym (or null), whether it is a Latin acronym only
   * (KCNA matches upper case only), its token keys, and its spelling-variant keys (null when it
   * does not match through variants; {@code alt} null when no ॉ reading differs).
   */
  private record Prepared(
      int payload, String acronym, boolean acronymOnly, String[] keys, String[] variant, String[] alt) {}

  private static final Prepared[] NONE = new Prepared[0];

  /** The names of item {@code i}, prepared (thread-safe: reads only). */
  private Prepared[] prepare(HindiTokenizer tokenizer, int i, boolean variants) {
    ListEntry e = items[i].entry();
    List<Prepared> out = new ArrayList<>(e.names().size() + e.contextNames().size());
    for (String name : e.names()) {
      Prepared p = prepare(tokenizer, name, i, false, variants);
      if (p != null) {
        out.add(p);
      }
    }
    for (String name : e.contextNames()) {
      Prepared p = prepare(tokenizer, name, i, true, false);
      if (p != null) {
        out.add(p);
      }
    }
    return out.isEmpty() ? NONE : out.toArray(NONE);
  }

  private Prepared prepare(HindiTokenizer tokenizer, String name, int item, boolean contextOnly, boolean variants) {
    List<Token> tokens = tokenizer.tokenize(name);
    if (tokens.isEmpty()) {
      return null;
    }
    int payload = (item << 1) | (contextOnly ? 1 : 0);
    String acronym = null;
    if (tokens.size() == 1) {
      acronym = acronymOf(tokens.get(0));
      if (acronym != null && tokens.get(0).script() == Script.LATIN) {
        return new Prepared(payload, acronym, true, null, null, null);
      }
    }
    String[] keys = new String[tokens.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = key(tokens.get(k));
    }
    String[][] v = variants && variantTrie != null ? variantKeys(tokens) : null;
    return new Prepared(payload, acronym, false, keys, v == null ? null : v[0], v == null ? null : v[1]);
  }

  /**
   * Adds a prepared name to the index.
   *
   * @param after payloads of at least this value (the compiled index's) stay ahead of it; {@code
   *     Integer.MAX_VALUE} when indexing all names in order
   */
  private void insert(Prepared p, boolean person, int after) {
    if (p.acronym() != null) {
      addAcronym(p.acronym(), p.payload(), after);
      if (p.acronymOnly()) {
        return;
      }
    }
    String[] keys = p.keys();
    trie.add(keys, p.payload(), after);
    if ((p.payload() & 1) == 0 && keys.length >= 2 && person) {
      givenNames.add(keys[0]);
      surnames.add(keys[keys.length - 1]);
    }
  }

  /**
   * Fills the spelling-variant index and the near-name index, in list order; with {@code base}
   * (the compiled index the variant trie was copied from), its near names follow these.
   */
  private void insertVariants(Prepared[][] prepared, List<Integer> nearPayloads, int after, Compiled base) {
    for (Prepared[] names : prepared) {
      for (Prepared p : names) {
        if (p.variant() == null) {
          continue;
        }
        if (p.variant().length >= 2 && (p.payload() & 1) == 0) {
          nearNames.add(p.variant());
          nearPayloads.add(p.payload());
        }
        variantTrie.add(p.variant(), p.payload(), after);
        if (p.alt() != null) {
          variantTrie.add(p.alt(), p.payload(), after);
        }
      }
    }
    if (base != null) {
      nearNames.addAll(base.nearNames());
      for (int p : base.nearPayloads()) {
        nearPayloads.add(p + after);
      }
    }
    indexNearNames();
  }

  /**
   * A Devanagari name's variant key, and the ा reading of ॉ where it has one ({@code alt}, else
   * null); null for names with Latin or other tokens, and short names: they match exactly only.
   */
  private static String[][] variantKeys(List<Token> tokens) {
    String[] v = new String[tokens.size()];
    String[] alt = new String[tokens.size()];
    boolean hasAlt = false;
    int length = 0;
    for (int k = 0; k < v.length; k++) {
      Token t = tokens.get(k);
      if (t.script() != Script.DEVANAGARI) {
        return null;
      }
      v[k] = NameVariantKey.of(t.canonical());
      String a = NameVariantKey.alternative(t.canonical());
      alt[k] = a == null ? v[k] : a;
      hasAlt |= a != null;
      length += v[k].length();
    }
    if (length < (v.length == 1 ? MIN_VARIANT_KEY_ONE_WORD : MIN_VARIANT_KEY)) {
      return null; // short names meet ordinary words through their variants (बाली and वाली "which")
    }
    return new String[][] {v, hasAlt ? alt : null};
  }

  // --- Near variants: names of two or more words with one letter off in a word -----------------

  /** Strong Devanagari names of two or more words (their variant keys) and their payloads. */
  private final List<String[]> nearNames = new ArrayList<>();
  private int[] nearPayloads;
  /**
   * By the token id of an anchor word in the variant index (one array access per text word): the
   * names it occurs in, as (name index << 4 | position); null for a word that anchors none.
   */
  private int[][] nearByVariantId = new int[0][];
  /** A word in more names than this (सिंह, कुमार) anchors none: it would cost a check per name. */
  static final int MAX_ANCHOR_NAMES = 40;
  /** The shortest variant key of a word that may be one letter off. */
  static final int MIN_NEAR_KEY = 4;
  /** The score of a near-variant match (an exact match scores 0.95, a variant 0.9). */
  static final double NEAR_SCORE = 0.85;

  /**
   * Indexes each multi-word name under its words that few names share, so that a text word equal
   * to one of them leads to the names to compare with the words around it.
   */
  private void indexNearNames() {
    Map<String, int[]> nearAnchors = new HashMap<>();
    Map<String, Integer> freq = new HashMap<>(nearNames.size() * 3);
    for (String[] v : nearNames) {
      for (int k = 0; k < v.length; k++) {
        if (!repeated(v, k)) {
          freq.merge(v[k], 1, Integer::sum);
        }
      }
    }
    for (int i = 0; i < nearNames.size(); i++) {
      String[] v = nearNames.get(i);
      for (int k = 0; k < v.length && k < 16; k++) {
        if (v[k].length() >= 3 && !repeated(v, k) && freq.get(v[k]) <= MAX_ANCHOR_NAMES) {
          int[] old = nearAnchors.get(v[k]);
          int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
          grown[grown.length - 1] = i << 4 | k;
          nearAnchors.put(v[k], grown);
        }
      }
    }
    nearByVariantId = new int[variantTrie.tokenCount()][];
    for (Map.Entry<String, int[]> e : nearAnchors.entrySet()) {
      nearByVariantId[variantTrie.tokenId(e.getKey())] = e.getValue();
    }
  }

  /** Whether word {@code k} of a name already occurs before it in the name. */
  private static boolean repeated(String[] v, int k) {
    for (int m = 0; m < k; m++) {
      if (v[m].equals(v[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Multi-word names in the text with one letter off in a word or two (घेब्रेयसस for घेब्रेयेसस,
   * बिस्व for बिस्वा): every word within one edit of the listed word's variant key (both keys at
   * least {@value #MIN_NEAR_KEY} letters, one longer; shorter words equal), at least one word
   * equal, at least one not, and no word a common Hindi word (सैन्य सरकार is not सौम्य सरकार, नीति में
   * not नितिन मेनन). Spans that match exactly or through variants are found elsewhere.
   */
  private void matchNear(List<Token> tokens, String[] vkeys, int[] variantIds, List<Candidate> out) {
    int n = tokens.size();
    long[] seen = new long[4];
    int seenCount = 0;
    String[] vk = null;
    for (int i = 0; i < n; i++) {
      int[] refs = variantIds[i] < 0 ? null : nearByVariantId[variantIds[i]];
      if (refs == null) {
        continue;
      }
      if (vk == null) {
        vk = new String[n]; // the variant keys of the Devanagari words only
        for (int k = 0; k < n; k++) {
          vk[k] = tokens.get(k).script() == Script.DEVANAGARI ? vkeys[k] : null;
        }
      }
      for (int ref : refs) {
        String[] name = nearNames.get(ref >>> 4);
        int start = i - (ref & 15);
        int end = start + name.length;
        if (start < 0 || end > n) {
          continue;
        }
        int off = 0;
        int offLetters = 0;
        int equalLetters = 0;
        boolean ok = true;
        for (int k = 0; k < name.length && ok; k++) {
          String t = vk[start + k];
          if (t == null || COMMON_KEYS.contains(t)) {
            ok = false; // a common word (में, सैन्य, राज्य) is never a word of a near match
          } else if (t.equals(name[k])) {
            equalLetters += t.length();
          } else {
            offLetters += t.length();
            ok = Math.min(t.length(), name[k].length()) >= MIN_NEAR_KEY
                && Math.max(t.length(), name[k].length()) > MIN_NEAR_KEY && oneEdit(t, name[k])
                && !adjectiveOf(t, name[k]);
            off++;
          }
        }
        // The equal words carry at least as much of the name as the others: उस्मान सागर is not
        // तस्मान सागर (a generic word alone does not anchor a name).
        if (!ok || off == 0 || off == name.length || equalLetters < offLetters) {
          continue;
        }
        long key = ((long) start << 40) | ((long) end << 32) | (ref >>> 4);
        boolean dup = false;
        for (int x = 0; x < seenCount && !dup; x++) {
          dup = seen[x] == key;
        }
        if (dup) {
          continue;
        }
        if (seenCount == seen.length) {
          seen = java.util.Arrays.copyOf(seen, seenCount * 2);
        }
        seen[seenCount++] = key;
        int item = nearPayloads[ref >>> 4] >>> 1;
        Item it = items[item];
        out.add(new Candidate(start, end, it.entry().type(), it.rank(), Entity.Source.LIST, item, NEAR_SCORE));
      }
    }
  }

  /** The variant keys of the common Hindi words ({@link Lexicon#commonWords()}). */
  private static final java.util.Set<String> COMMON_KEYS = commonKeys();

  private static java.util.Set<String> commonKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (String w : Lexicon.commonWords()) {
      keys.add(NameVariantKey.of(w));
    }
    return java.util.Set.copyOf(keys);
  }

  /** Whether a text word is the adjective of a name's word: अफ़्रीकी of अफ़्रीका, एशियाई of एशिया. */
  static boolean adjectiveOf(String text, String name) {
    char last = text.charAt(text.length() - 1);
    return name.charAt(name.length() - 1) == 'ा' && (last == 'ि' || last == 'इ');
  }

  /** Whether two different strings are one insertion, deletion or substitution apart. */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      return a.regionMatches(i + 1, b, i + 1, la - i - 1);
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }

  /** Adds an acronym's payload after the others, but before those of at least {@code before}. */
  private void addAcronym(String acronym, int payload, int before) {
    int[] old = acronyms.get(acronym);
    if (old == null) {
      acronyms.put(acronym, new int[] {payload});
    } else {
      int at = old.length;
      for (int k = old.length - 1; k >= 0; k--) {
        if (old[k] == payload) {
          return;
        }
        if (old[k] >= before) {
          at = k;
        }
      }
      int[] grown = new int[old.length + 1];
      System.arraycopy(old, 0, grown, 0, at);
      grown[at] = payload;
      System.arraycopy(old, at, grown, at + 1, old.length - at);
      acronyms.put(acronym, grown);
    }
  }

  /** Upper-case Latin letters (two or more), or the decoding of a Devanagari acronym, or null. */
  static String acronymOf(Token t) {
    String s = t.canonical();
    if (t.script() == Script.LATIN) {
      String letters = s.replace(".", "");
      if (letters.length() < 2 || letters.length() > 12) {
        return null;
      }
      for (int i = 0; i < letters.length(); i++) {
        char c = letters.charAt(i);
        if (c < 'A' || c > 'Z') {
          return null;
        }
      }
      return letters;
    }
    if (t.script() == Script.DEVANAGARI) {
      return Acronyms.decode(s);
    }
    return null;
  }

  /** The matching key of a token: its canonical form, search-normalized if asked, Latin lowercased. */
  String key(Token t) {
    String k = t.canonical();
    if (keyNormalizer != null) {
      k = keyNormalizer.normalizeToString(k);
    }
    if (t.script() == Script.LATIN) {
      k = k.toLowerCase(Locale.ROOT);
    }
    return k;
  }

  Item item(int i) {
    return items[i];
  }

  /**
   * Adds every list match (all lengths, context-only included) to {@code out}.
   *
   * @param acronyms per token, {@link #acronymOf} (computed once per document by the caller)
   * @param vkeys per token, its spelling-variant key ({@link NameVariantKey} of the canonical form,
   *     Latin tokens as they are; computed once per document by the caller, who also links with it)
   */
  void match(
      List<Token> tokens, String[] acronyms, String[] vkeys, List<Candidate> out, List<Candidate> contextOnly) {
    int n = tokens.size();
    int[] ids = new int[n];
    boolean variants = variantTrie != null && variantTrie.maxDepth() > 0;
    int[] variantIds = variants ? new int[n] : null;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String k = key(t);
      long c = idCache.getOrDefault(k, UNCACHED);
      if (c == UNCACHED) {
        int v = variantTrie == null || t.script() != Script.DEVANAGARI ? PhraseTrie.NONE
            : variantTrie.tokenId(vkeys[i]);
        c = ((long) trie.tokenId(k) << 32) | (v & 0xFFFFFFFFL);
        if (idCache.size() < ID_CACHE_LIMIT) {
          idCache.putIfAbsent(k, c);
        }
      }
      ids[i] = (int) (c >> 32);
      if (variants) {
        variantIds[i] = (int) c;
      }
    }
    int depth = trie.maxDepth();
    int variantDepth = variants ? variantTrie.maxDepth() : 0;
    if (variantIds != null && !nearNames.isEmpty()) {
      matchNear(tokens, vkeys, variantIds, out);
    }
    // The exact matches from the current start, as (end << 32 | payload), to skip their variant twins.
    long[] exact = new long[8];
    for (int i = 0; i < n; i++) {
      int node = 0;
      int exactCount = 0;
      for (int j = i; j < n && j - i < depth; j++) {
        node = trie.child(node, ids[j]);
        if (node == PhraseTrie.NONE) {
          break;
        }
        for (int s = trie.firstPayload(node); s != PhraseTrie.NONE; s = trie.nextPayload(s)) {
          int p = trie.payloadValue(s);
          add(p, i, j + 1, out, contextOnly);
          if (variantIds != null) {
            if (exactCount == exact.length) {
              exact = java.util.Arrays.copyOf(exact, exactCount * 2);
            }
            exact[exactCount++] = ((long) (j + 1) << 32) | ((p >>> 1) & 0xFFFFFFFFL);
          }
        }
      }
      if (variantIds != null) {
        node = 0;
        for (int j = i; j < n && j - i < variantDepth; j++) {
          node = variantTrie.child(node, variantIds[j]);
          if (node == PhraseTrie.NONE) {
            break;
          }
          for (int s = variantTrie.firstPayload(node); s != PhraseTrie.NONE; s = variantTrie.nextPayload(s)) {
            int p = variantTrie.payloadValue(s);
            long k = ((long) (j + 1) << 32) | ((p >>> 1) & 0xFFFFFFFFL);
            boolean twin = false;
            for (int x = 0; x < exactCount && !twin; x++) {
              twin = exact[x] == k;
            }
            if (!twin) {
              addVariant(p, i, j + 1, out);
            }
          }
        }
      }
      if (translitTrie != null) {
        node = 0;
        for (int j = i; j < n && j - i < translitTrie.maxDepth(); j++) {
          Token t = tokens.get(j);
          int id = t.script() == Script.DEVANAGARI ? translitTrie.tokenId(vkeys[j]) : PhraseTrie.NONE;
          node = id == PhraseTrie.NONE ? PhraseTrie.NONE : translitTrie.child(node, id);
          if (node == PhraseTrie.NONE) {
            break;
          }
          for (int s = translitTrie.firstPayload(node); s != PhraseTrie.NONE; s = translitTrie.nextPayload(s)) {
            int p = translitTrie.payloadValue(s);
            Item it = items[p >>> 1];
            out.add(new Candidate(i, j + 1, it.entry().type(), it.rank(), Entity.Source.LIST, p >>> 1,
                TRANSLITERATION_SCORE));
          }
        }
      }
      if (!this.acronyms.isEmpty() && acronyms[i] != null) {
        int[] payloads = this.acronyms.get(acronyms[i]);
        if (payloads != null) {
          for (int p : payloads) {
            add(p, i, i + 1, out, contextOnly);
          }
        }
      }
    }
  }

  /**
   * Per distinct token key, its ids in the exact and the variant index ({@code exact << 32 |
   * variant}): one lookup per text word instead of two, and no hashing of its variant key.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Long> idCache =
      new java.util.concurrent.ConcurrentHashMap<>(1 << 12);
  private static final long UNCACHED = Long.MIN_VALUE;
  private static final int ID_CACHE_LIMIT = 100_000;

  /** English (Latin-script) names by entry id, first list first. */
  private final Map<String, String> englishById = new HashMap<>();

  /**
   * The English name a list gives an entry: its first Latin-script name with a lower-case letter
   * (Lucknow, Bharatiya Janata Party), else its first Latin-script name (BJP), else null.
   */
  String englishName(String id) {
    return englishById.get(id);
  }

  private static String english(ListEntry e) {
    String first = null;
    for (String n : e.names()) {
      boolean latin = !n.isEmpty();
      boolean lower = false;
      for (int k = 0; k < n.length() && latin; k++) {
        char c = n.charAt(k);
        latin = c < 0x0250 || c == '’';
        lower |= Character.isLowerCase(c);
      }
      if (latin && hasLetter(n)) {
        if (lower) {
          return n;
        }
        if (first == null) {
          first = n;
        }
      }
    }
    return first;
  }

  private static boolean hasLetter(String n) {
    for (int k = 0; k < n.length(); k++) {
      if (Character.isLetter(n.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is the first word of a listed person's full name. */
  boolean givenName(String key) {
    return givenNames.contains(key);
  }

  /** Whether a word is the last word of a listed person's full name. */
  boolean surname(String key) {
    return surnames.contains(key);
  }

  /** Whether a decoded or Latin acronym is known to any list. */
  boolean knowsAcronym(String acronym) {
    return acronyms.containsKey(acronym);
  }

  /** The score of a list match through a spelling variant (an exact match scores 0.95). */
  static final double VARIANT_SCORE = 0.9;

  private void addVariant(int payload, int start, int end, List<Candidate> out) {
    int item = payload >>> 1;
    Item it = items[item];
    out.add(new Candidate(start, end, it.entry().type(), it.rank(), Entity.Source.LIST, item, VARIANT_SCORE));
  }

  private void add(int payload, int start, int end, List<Candidate> out, List<Candidate> contextOnly) {
    int item = payload >>> 1;
    Item it = items[item];
    boolean ctx = (payload & 1) != 0;
    Candidate c =
        new Candidate(start, end, it.entry().type(), it.rank(), Entity.Source.LIST, item, ctx ? 0.8 : 0.95);
    (ctx ? contextOnly : out).add(c);
  }
}

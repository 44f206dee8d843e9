package org.hindinlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.model.EntityListFeatures;
import org.hindinlp.ner.model.GazetteerFeatures;
import org.hindinlp.ner.model.NerModel;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;

/**
 * Finds people, places and organisations in Hindi text: entity lists (built in and the user's
 * own), rules, and document-level linking of repeated mentions.
 *
 * <pre>{@code
 * EntityTagger tagger = EntityTagger.builder()
 *     .addList(EntityList.load(Path.of("parties.tsv")))   // the user's list, with its own types
 *     .build();                                           // build once, share everywhere
 * for (Entity e : tagger.tag(article)) {
 *   System.out.println(e.type() + " " + e.text() + " " + e.span() + " " + e.id());
 * }
 * }</pre>
 *
 * <p>How candidates combine: every list match, rule match and (context-only names) supported match
 * is a candidate; overlaps are resolved by the {@link OverlapPolicy} (by default the user's lists
 * first, then longer, then leftmost), so each token belongs to one entity at most. Then repeated
 * and partial mentions are linked and given one id. Details and examples: {@code
 * docs/entities.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EntityTagger {

  static final String LISTS = "/org/hindinlp/ner/lists/";

  static {
    // The model package builds no list features of its own (it does not know this package): the
    // built-in ones are made here, from the built-in lists, under an id with their hash.
    EntityListFeatures.installBuiltIn(
        () -> EntityListFeatures.of(EntityListFeatures.BUILT_IN_ID, "builtin", modelNames(builtInLists()))
            .withId(EntityListFeatures.BUILT_IN_ID + "@" + builtInListsHash()));
  }

  /** The strong names of the lists' entries with their types, as the model's list features see them. */
  static List<EntityListFeatures.Name> modelNames(List<EntityList> lists) {
    List<EntityListFeatures.Name> out = new ArrayList<>();
    for (EntityList l : lists) {
      for (ListEntry e : l.entries()) {
        for (String n : e.names()) {
          out.add(new EntityListFeatures.Name(n, e.type().name()));
        }
      }
    }
    return out;
  }
  /** How many Devanagari spellings a user's Latin-only name gets ({@link Builder#transliterateLatinNames}). */
  static final int TRANSLITERATIONS = 5;
  /** The score of a model entity (the perceptron gives no probability). */
  static final double MODEL_SCORE = 0.75;

  private final HindiNlp nlp;
  private final Gazetteer gazetteer;
  private final RuleTagger rules;
  private final DocumentLinker linker;
  private final CandidateRefiner refiner;
  private final boolean useRules;
  private final OverlapPolicy overlapPolicy;
  /** The statistical model, or null when off. */
  private final NerModel model;
  private final GazetteerFeatures modelFeatures;
  /** {@link #tagTokens}: per distinct token text, its kind, script and canonical form. */
  private final ConcurrentHashMap<String, TokenInfo> tokenInfo =
      new ConcurrentHashMap<>(1 << 12);

  private EntityTagger(Builder b) {
    this.nlp = b.nlp;
    List<EntityList> builtIn = b.builtInLists ? BuiltIn.LISTS : List.of();
    NerModel m = b.useModel ? (b.model != null ? b.model : BuiltIn.model()) : null;
    // The model's list features are built on another core while the gazetteer is built here.
    java.util.concurrent.CompletableFuture<GazetteerFeatures> features =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> modelFeatures(m, b.builtInLists, b.userListFeatures ? b.userLists : List.of()));
    DevanagariNormalizer keys =
        b.matchLevel == DevanagariNormalizer.Level.SEARCH ? DevanagariNormalizer.search() : null;
    // The jar's compiled index of the built-in lists serves the standard tokenizer only.
    GazetteerIndex index =
        b.builtInLists && b.compiledIndex && b.nlp == HindiNlp.standard() ? BuiltIn.INDEX : null;
    this.gazetteer =
        new Gazetteer(b.userLists, builtIn, nlp.tokenizer(), keys, b.spellingVariants,
            b.transliterateLatinNames ? TRANSLITERATIONS : 0, index);
    Lexicon lex = b.nlp == HindiNlp.standard() ? BuiltIn.LEXICON : Lexicon.load(nlp.tokenizer());
    boolean orgHeads = b.orgHeadRule != null ? b.orgHeadRule : true;
    this.rules = new RuleTagger(lex, gazetteer, 1, orgHeads, b.useModel && b.orgHeadRule == null, !b.useModel);
    this.linker = new DocumentLinker(rules, lex);
    this.refiner = new CandidateRefiner(lex);
    this.useRules = b.rules;
    this.overlapPolicy = b.overlapPolicy;
    this.model = m;
    this.modelFeatures = features.join();
  }

  /**
   * The list features the model sees: the lists it was trained with, as loaded (a warning names
   * both hashes when they differ from the model's), plus the user's lists, which count like the
   * built-in ones; without the built-in lists, the user's lists alone (the shipped model was
   * trained with list dropout, so it tags without lists too).
   */
  private static GazetteerFeatures modelFeatures(NerModel model, boolean builtIn, List<EntityList> userLists) {
    if (model == null) {
      return GazetteerFeatures.NONE;
    }
    if (!EntityListFeatures.isBuiltInId(model.gazetteerId())) {
      return model.defaultGazetteer();
    }
    if (!builtIn) {
      return userLists.isEmpty()
          ? GazetteerFeatures.NONE
          : EntityListFeatures.of("user-lists", "user", modelNames(userLists));
    }
    EntityListFeatures lists = EntityListFeatures.builtIn();
    if (!lists.id().equals(model.gazetteerId())) {
      WARNED.computeIfAbsent(model.gazetteerId() + " " + lists.id(), k -> {
        System.getLogger(EntityTagger.class.getName()).log(System.Logger.Level.WARNING,
            "the entity model was trained with list features {0}, but the built-in lists loaded are {1}:"
                + " the model sees other lists than it learned from; retrain it (docs/model.md)",
            model.gazetteerId(), lists.id());
        return Boolean.TRUE;
      });
    }
    return userLists.isEmpty() ? lists : lists.withUserNames(modelNames(userLists));
  }

  /** Model/list hash pairs already warned about (once per pair and JVM). */
  private static final ConcurrentHashMap<String, Boolean> WARNED = new ConcurrentHashMap<>();

  private static Lexicon standardLexicon() {
    return Lexicon.load(HindiNlp.standard().tokenizer());
  }

  /** Whether this tagger's gazetteer was read from the jar's compiled index. */
  boolean gazetteerFromIndex() {
    return gazetteer.fromIndex();
  }

  /** The compiled index of the built-in lists in use, or null (none in the jar, or stale). */
  static GazetteerIndex builtInIndex() {
    return BuiltIn.INDEX;
  }

  /** Built-in data, loaded once on first use. */
  private static final class BuiltIn {
    // The lexicon is read on another core while the lists are parsed (a method of the outer class:
    // a lambda here would wait for this class's initialisation, which waits for it).
    private static final java.util.concurrent.CompletableFuture<Lexicon> LEXICON_LOADING =
        java.util.concurrent.CompletableFuture.supplyAsync(EntityTagger::standardLexicon);
    private static final Loaded LOADED = loadBuiltInLists();
    static final List<EntityList> LISTS = LOADED.lists();
    /** The compiled index of the lists, or null (none in the jar, or built from other files). */
    static final GazetteerIndex INDEX = LOADED.index();
    static final Lexicon LEXICON = LEXICON_LOADING.join();

    static NerModel model() {
      return ModelHolder.MODEL;
    }
  }

  /** The shipped model, loaded on first use (a separate holder: list-only taggers never load it). */
  private static final class ModelHolder {
    static final NerModel MODEL = loadModel();

    private static NerModel loadModel() {
      try {
        return NerModel.loadDefault();
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped entity model cannot be loaded", e);
      }
    }
  }

  private static final class Standard {
    static final EntityTagger INSTANCE = builder().build();
  }

  /**
   * Returns the shared tagger with the built-in lists, the rules and the shipped statistical model
   * (canonical matching, {@link OverlapPolicy#USER_LISTS_FIRST}): what {@code builder().build()}
   * gives, built once on first use.
   *
   * @return the standard tagger
   */
  public static EntityTagger standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns a builder, preset to the built-in lists, rules, the shipped model, canonical matching and {@link
   * OverlapPolicy#USER_LISTS_FIRST}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the built-in entity lists, as shipped in the jar ({@code lists.properties} names them).
   *
   * @return the lists
   */
  public static List<EntityList> builtInLists() {
    return BuiltIn.LISTS;
  }

  /** The built-in lists as parsed, and their compiled index if the jar has one that fits them. */
  private record Loaded(List<EntityList> lists, GazetteerIndex index) {}

  /** The built-in list files: resource names and bytes, in {@code lists.properties} order. */
  record BuiltInFiles(List<String> names, byte[][] data) {

    /** The CRC-32 of the names and bytes (what the compiled index is checked against). */
    long crc() {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      for (int i = 0; i < data.length; i++) {
        crc.update(names.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        crc.update(0);
        crc.update(data[i]);
      }
      return crc.getValue();
    }

    /** {@code sha256:} and the first 16 hex digits of the SHA-256 of the names and bytes. */
    String sha256() {
      java.security.MessageDigest sha;
      try {
        sha = java.security.MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
      }
      for (int i = 0; i < data.length; i++) {
        sha.update(names.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(data[i]);
      }
      return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** Parses the files (in parallel; the list order is kept). */
    List<EntityList> parse() {
      return java.util.stream.IntStream.range(0, data.length)
          .parallel()
          .mapToObj(i -> EntityList.fromBuiltInBytes(data[i], names.get(i)))
          .toList();
    }
  }

  private static Loaded loadBuiltInLists() {
    BuiltInFiles files = readBuiltInFiles();
    // The jar's compiled index holds the lists as parsed, their SHA-256 and their gazetteer: read
    // when it was built from exactly these files, it saves parsing, hashing and indexing 3 MB.
    GazetteerIndex index = GazetteerIndex.load(files.crc());
    if (index != null) {
      builtInHash = index.listsHash;
      return new Loaded(index.lists, index);
    }
    builtInHash = files.sha256();
    return new Loaded(files.parse(), null);
  }

  /** Reads the built-in list files named in {@code lists.properties}. */
  static BuiltInFiles readBuiltInFiles() {
    Properties p = new Properties();
    try (InputStream in = EntityTagger.class.getResourceAsStream(LISTS + "lists.properties")) {
      if (in == null) {
        throw new IOException(LISTS + "lists.properties is missing from the jar");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> files = new ArrayList<>();
    for (String f : p.getProperty("files", "").split(",")) {
      if (!f.isBlank()) {
        files.add(LISTS + f.strip());
      }
    }
    byte[][] data = new byte[files.size()][];
    for (int i = 0; i < data.length; i++) {
      try (InputStream in = EntityTagger.class.getResourceAsStream(files.get(i))) {
        if (in == null) {
          throw new EntityListException(files.get(i), 0, "no such resource on the class path");
        }
        data[i] = in.readAllBytes();
      } catch (IOException e) {
        throw new EntityListException(files.get(i), 0, "cannot read: " + e.getMessage());
      }
    }
    return new BuiltInFiles(List.copyOf(files), data);
  }

  /** Set once by {@link #loadBuiltInLists} (under the holder's class initialisation). */
  private static volatile String builtInHash;

  /**
   * The version of the built-in lists: {@code sha256:} and the first 16 hex digits of the SHA-256 of
   * their files. A model trained with them records it ({@code builtin-lists@sha256:…}), so that a
   * tagger can tell when the lists it loads differ from those the model learned from.
   *
   * @return the hash of the built-in list files
   */
  public static String builtInListsHash() {
    builtInLists();
    return builtInHash;
  }

  /**
   * Tags a text.
   *
   * @param text any text
   * @return the entities, ordered by start offset, never overlapping
   */
  public List<Entity> tag(String text) {
    return tag(nlp.analyze(text));
  }

  /**
   * Tags a text that was already analyzed with the same pipeline.
   *
   * @param analysis an analysis
   * @return the entities, ordered by start offset, never overlapping
   */
  public List<Entity> tag(AnalyzedText analysis) {
    return find(analysis.original(), analysis.tokens(), analysis.sentences());
  }

  /**
   * Analyzes and tags a text, keeping the analysis; {@link EntityDocument#summary()} lists the
   * distinct entities.
   *
   * @param text any text
   * @return the tagged document
   */
  public EntityDocument analyze(String text) {
    AnalyzedText analysis = nlp.analyze(text);
    List<Entity> entities = find(analysis.original(), analysis.tokens(), analysis.sentences());
    java.util.Map<String, String> english = new java.util.HashMap<>();
    for (Entity e : entities) {
      String en = gazetteer.englishName(e.id());
      if (en != null) {
        english.put(e.id(), en);
      }
    }
    return new EntityDocument(analysis, entities, english);
  }

  private List<Entity> find(String original, List<Token> tokens, List<Sentence> sentences) {
    int n = tokens.size();
    String[] keys = new String[n];
    String[] acronyms = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = tokens.get(i).canonical();
      acronyms[i] = Gazetteer.acronymOf(tokens.get(i));
    }
    String[] vkeys = DocumentLinker.variantKeys(keys);
    List<Candidate> candidates = new ArrayList<>();
    List<Candidate> contextOnly = new ArrayList<>();
    gazetteer.match(tokens, acronyms, vkeys, candidates, contextOnly);
    if (model != null) {
      modelCandidates(sentences, keys, candidates);
    }
    if (useRules) {
      EntityType[] listCovered = new EntityType[n];
      for (Candidate c : candidates) {
        for (int i = c.start(); i < c.end(); i++) {
          listCovered[i] = c.type();
        }
      }
      rules.apply(original, tokens, keys, acronyms, listCovered, contextOnly, candidates);
    }
    candidates = refiner.refine(tokens, keys, candidates);
    List<Candidate> accepted = resolve(candidates, n);
    if (useRules) {
      linker.propagate(tokens, keys, vkeys, accepted, contextOnly);
    }
    return toEntities(original, tokens, vkeys, keys, accepted);
  }

  /** The model's entities, sentence by sentence. */
  private void modelCandidates(List<Sentence> sentences, String[] keys, List<Candidate> out) {
    List<String> all = Arrays.asList(keys);
    for (Sentence s : sentences) {
      int a = s.firstToken();
      int b = s.endToken();
      if (b <= a) {
        continue;
      }
      for (NerModel.Span sp : model.spans(all.subList(a, b), modelFeatures)) {
        out.add(new Candidate(a + sp.start(), a + sp.end(), EntityType.of(sp.type()), 1, Entity.Source.MODEL, -1,
            MODEL_SCORE));
      }
    }
  }

  /**
   * Tags a pre-tokenized sentence, as the CoNLL command-line tools need: the tokens are taken as
   * they are (joined by spaces into a text; each keeps its own kind and canonical form).
   *
   * @param tokens the tokens of one sentence
   * @return one label per token: {@code B-TYPE}, {@code I-TYPE} or {@code O}
   */
  public List<String> tagTokens(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    Token[] toks = new Token[tokens.size()];
    int k0 = 0;
    for (String t : tokens) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(t);
      TokenInfo info = tokenInfo(t);
      toks[k0++] = new Token(t, TextSpan.of(start, start + t.length()), info.kind(), info.script(), info.canonical());
    }
    String original = text.toString();
    List<Token> tokenList = Arrays.asList(toks);
    List<Sentence> sentences =
        toks.length == 0 ? List.of() : List.of(new Sentence(TextSpan.of(0, original.length()), 0, toks.length));
    String[] labels = new String[tokens.size()];
    Arrays.fill(labels, "O");
    int k = 0;
    for (Entity e : find(original, tokenList, sentences)) {
      while (k < toks.length && toks[k].end() <= e.start()) {
        k++;
      }
      boolean first = true;
      for (int j = k; j < toks.length && toks[j].start() < e.end(); j++) {
        labels[j] = (first ? "B-" : "I-") + e.type().name();
        first = false;
      }
    }
    return List.of(labels);
  }

  /** What {@link #tagTokens} needs of a token besides its text: a pure function of the text. */
  private record TokenInfo(TokenKind kind, Script script, String canonical) {}

  private static final int TOKEN_INFO_LIMIT = 50_000;

  /**
   * The kind, script and canonical form of a token given as text, as the pipeline's tokenizer and
   * the canonical normalizer see it; cached per distinct text (up to {@value #TOKEN_INFO_LIMIT}).
   */
  private TokenInfo tokenInfo(String t) {
    TokenInfo info = tokenInfo.get(t);
    if (info == null) {
      List<Token> inner = nlp.tokenizer().tokenize(t);
      Token first = inner.isEmpty() ? null : inner.get(0);
      info =
          new TokenInfo(
              inner.size() == 1 ? first.kind() : TokenKind.WORD,
              first != null ? first.script() : Script.OTHER,
              DevanagariNormalizer.canonical().normalizeToString(t));
      if (tokenInfo.size() < TOKEN_INFO_LIMIT) {
        TokenInfo prev = tokenInfo.putIfAbsent(t, info);
        if (prev != null) {
          info = prev;
        }
      }
    }
    return info;
  }

  private List<Candidate> resolve(List<Candidate> candidates, int n) {
    Comparator<Candidate> byLength = Comparator.comparingInt(Candidate::length).reversed();
    Comparator<Candidate> byStart = Comparator.comparingInt(Candidate::start);
    Comparator<Candidate> byRank = Comparator.comparingInt(Candidate::rank);
    Comparator<Candidate> tie =
        Comparator.comparingInt((Candidate c) -> c.source().ordinal())
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparingInt(Candidate::item);
    Comparator<Candidate> order =
        overlapPolicy == OverlapPolicy.USER_LISTS_FIRST
            ? byRank.thenComparing(byLength).thenComparing(byStart).thenComparing(tie)
            : byLength.thenComparing(byStart).thenComparing(byRank).thenComparing(tie);
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(order);
    boolean[] taken = new boolean[n];
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : sorted) {
      boolean free = true;
      for (int i = c.start(); i < c.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        for (int i = c.start(); i < c.end(); i++) {
          taken[i] = true;
        }
        accepted.add(c);
      }
    }
    accepted.sort(byStart);
    return accepted;
  }

  private List<Entity> toEntities(
      String original, List<Token> tokens, String[] vkeys, String[] keys, List<Candidate> accepted) {
    List<Entity> out = new ArrayList<>(accepted.size());
    Candidate[] owners = DocumentLinker.owners(vkeys, accepted);
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      TextSpan span = TextSpan.of(tokens.get(c.start()).start(), tokens.get(c.end() - 1).end());
      String text = span.coveredText(original);
      Candidate owner = owners[k];
      String id;
      String name;
      if (owner.item() >= 0) {
        ListEntry e = gazetteer.item(owner.item()).entry();
        id = e.id();
        name = e.canonicalName();
      } else {
        String key = DocumentLinker.join(keys, owner.start(), owner.end());
        id = "doc:" + owner.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
        name =
            DevanagariNormalizer.canonical()
                .normalizeToString(
                    original.substring(
                        tokens.get(owner.start()).start(), tokens.get(owner.end() - 1).end()));
      }
      out.add(
          new Entity(
              c.type(),
              span,
              text,
              id,
              name,
              c.source(),
              c.score()));
    }
    return out;
  }

  /** Configures an {@link EntityTagger}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder {
    private HindiNlp nlp = HindiNlp.standard();
    private boolean builtInLists = true;
    private final List<EntityList> userLists = new ArrayList<>();
    private DevanagariNormalizer.Level matchLevel = DevanagariNormalizer.Level.CANONICAL;
    private OverlapPolicy overlapPolicy = OverlapPolicy.USER_LISTS_FIRST;
    private boolean rules = true;
    private boolean useModel = true;
    private NerModel model;
    private Boolean orgHeadRule;
    private boolean spellingVariants = true;
    private boolean transliterateLatinNames = true;
    private boolean userListFeatures = false;
    /** Whether the jar's compiled index of the built-in lists may be used (tests turn it off). */
    private boolean compiledIndex = true;

    private Builder() {}

    /**
     * Whether the user's lists also reach the model as list features, as the built-in ones do
     * (default off). Measured on the news development set it does not help: with all built-in lists
     * given as a user's lists, 85.76 F1 on against 85.83 off; with the people lists alone, 64.45
     * against 64.47 (the lists' own matches and the linker already find those names; {@code
     * UserListFeaturesExperiment}). Off, the user's lists are candidates (and linker anchors) only,
     * and a tagger with user lists builds faster.
     *
     * @param on whether the model sees the user's lists
     * @return this builder
     */
    public Builder userListsAsModelFeatures(boolean on) {
      this.userListFeatures = on;
      return this;
    }

    /** Tests only: off, the gazetteer is built from the names even where the index would serve. */
    Builder compiledIndexForTests(boolean on) {
      this.compiledIndex = on;
      return this;
    }

    /**
     * Whether list names also match the spellings Hindi newspapers use for them (default on):
     * ट्रंप for ट्रम्प, जेलेंस्की for ज़ेलेंस्की, आस्ट्रेलिया for ऑस्ट्रेलिया. One-word names shorter than
     * six key letters match exactly only. A single list can ask for exact matching with {@link
     * EntityList#exactMatchingOnly()}.
     *
     * @param on whether spelling variants match
     * @return this builder
     */
    public Builder spellingVariants(boolean on) {
      this.spellingVariants = on;
      return this;
    }

    /**
     * Whether a user's entry known only by Latin names (Keir Starmer, Ontario) also matches their
     * Devanagari spellings (default on): the five best spellings of the shipped {@code
     * NameTransliterator}, through the spelling-variant key. Acronyms are left to their letter
     * names (KCNA = केसीएनए).
     *
     * @param on whether to transliterate
     * @return this builder
     */
    public Builder transliterateLatinNames(boolean on) {
      this.transliterateLatinNames = on;
      return this;
    }

    /**
     * Whether to use the statistical model (default on: the shipped model, which finds the names
     * no list holds); off leaves lists and rules.
     *
     * @param on whether to use it
     * @return this builder
     */
    public Builder model(boolean on) {
      this.useModel = on;
      return this;
    }

    /**
     * Whether the organisation-head rule applies (गृह मंत्रालय, दक्षिण कोरियाई सेना). By default it
     * applies only without the model: where the model runs, it finds organisations better, and the
     * rule costs about two F1 points on IL-NER test (see {@code docs/evaluation.md}).
     *
     * @param on whether to apply it
     * @return this builder
     */
    public Builder organizationHeadRule(boolean on) {
      this.orgHeadRule = on;
      return this;
    }

    /**
     * Uses a model of your own, trained with {@code hindi-nlp train} (docs/model.md), instead of the
     * shipped one.
     *
     * @param modelFile the model file
     * @return this builder
     * @throws IllegalArgumentException if the file cannot be read or is no model (the message
     *     names the file and the reason)
     */
    public Builder model(Path modelFile) {
      Objects.requireNonNull(modelFile, "modelFile");
      try {
        return model(NerModel.load(modelFile));
      } catch (IOException e) {
        throw new IllegalArgumentException(modelFile + ": not a usable entity model: " + e.getMessage(), e);
      }
    }

    /** Uses a model already loaded (the trainer's and the tests' way in; not public API). */
    Builder model(NerModel model) {
      this.model = Objects.requireNonNull(model, "model");
      this.useModel = true;
      return this;
    }

    /**
     * Sets the analysis pipeline (normalizer, tokenizer, sentence splitter).
     *
     * @param nlp the pipeline
     * @return this builder
     */
    public Builder pipeline(HindiNlp nlp) {
      this.nlp = Objects.requireNonNull(nlp, "nlp");
      return this;
    }

    /**
     * Whether to use the built-in lists (default on); off means the user's lists replace them.
     *
     * @param on whether to use them
     * @return this builder
     */
    public Builder builtInLists(boolean on) {
      this.builtInLists = on;
      return this;
    }

    /**
     * Adds a user's list; user lists rank above the built-in ones, earlier ones first.
     *
     * @param list the list
     * @return this builder
     */
    public Builder addList(EntityList list) {
      userLists.add(Objects.requireNonNull(list, "list"));
      return this;
    }

    /**
     * Loads and adds a user's list file ({@code .tsv} or {@code .jsonl}).
     *
     * @param file the file
     * @return this builder
     * @throws EntityListException if the file is missing or malformed
     */
    public Builder addList(Path file) {
      return addList(EntityList.load(file));
    }

    /**
     * Chooses the normalization of list names and text tokens for matching: {@code CANONICAL}
     * (default; exact spelling up to Unicode forms) or {@code SEARCH} (also matches हिन्दी with
     * हिंदी, ज़ with ज, चाँद with चांद).
     *
     * @param level the level
     * @return this builder
     */
    public Builder matchLevel(DevanagariNormalizer.Level level) {
      this.matchLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Chooses how overlapping candidates are resolved.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder overlapPolicy(OverlapPolicy policy) {
      this.overlapPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Whether to apply the rules and document linking (default on); off leaves list matching only.
     *
     * @param on whether to apply them
     * @return this builder
     */
    public Builder rules(boolean on) {
      this.rules = on;
      return this;
    }

    /**
     * Builds the tagger.
     *
     * @return an immutable, thread-safe tagger
     * @throws IllegalStateException if no list is left and rules are off (it could find nothing)
     */
    public EntityTagger build() {
      if (!builtInLists && userLists.isEmpty() && !rules && !useModel) {
        throw new IllegalStateException(
            "no built-in lists, no user lists, no rules and no model: nothing could be found");
      }
      return new EntityTagger(this);
    }
  }
}

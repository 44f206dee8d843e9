package org.hindinlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.TextSpan;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tokenize.Token;

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

  private final HindiNlp nlp;
  private final Gazetteer gazetteer;
  private final RuleTagger rules;
  private final DocumentLinker linker;
  private final boolean useRules;
  private final OverlapPolicy overlapPolicy;

  private EntityTagger(Builder b) {
    this.nlp = b.nlp;
    List<EntityList> builtIn = b.builtInLists ? BuiltIn.LISTS : List.of();
    DevanagariNormalizer keys =
        b.matchLevel == DevanagariNormalizer.Level.SEARCH ? DevanagariNormalizer.search() : null;
    this.gazetteer = new Gazetteer(b.userLists, builtIn, nlp.tokenizer(), keys);
    Lexicon lex = b.nlp == HindiNlp.standard() ? BuiltIn.LEXICON : Lexicon.load(nlp.tokenizer());
    this.rules = new RuleTagger(lex, gazetteer);
    this.linker = new DocumentLinker(rules);
    this.useRules = b.rules;
    this.overlapPolicy = b.overlapPolicy;
  }

  /** Built-in data, loaded once on first use. */
  private static final class BuiltIn {
    static final List<EntityList> LISTS = loadBuiltInLists();
    static final Lexicon LEXICON = Lexicon.load(HindiNlp.standard().tokenizer());
  }

  private static final class Standard {
    static final EntityTagger INSTANCE = builder().build();
  }

  /**
   * Returns the shared tagger with the built-in lists and rules.
   *
   * @return the standard tagger
   */
  public static EntityTagger standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns a builder, preset to the built-in lists, rules, canonical matching and {@link
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

  private static List<EntityList> loadBuiltInLists() {
    Properties p = new Properties();
    try (InputStream in = EntityTagger.class.getResourceAsStream(LISTS + "lists.properties")) {
      if (in == null) {
        throw new IOException(LISTS + "lists.properties is missing from the jar");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<EntityList> out = new ArrayList<>();
    for (String f : p.getProperty("files", "").split(",")) {
      if (!f.isBlank()) {
        out.add(EntityList.fromResource(LISTS + f.strip()));
      }
    }
    return List.copyOf(out);
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
    return find(analysis);
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
    return new EntityDocument(analysis, find(analysis));
  }

  private List<Entity> find(AnalyzedText analysis) {
    List<Token> tokens = analysis.tokens();
    int n = tokens.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = tokens.get(i).canonical();
    }
    List<Candidate> candidates = new ArrayList<>();
    List<Candidate> contextOnly = new ArrayList<>();
    gazetteer.match(tokens, candidates, contextOnly);
    if (useRules) {
      EntityType[] listCovered = new EntityType[n];
      for (Candidate c : candidates) {
        for (int i = c.start(); i < c.end(); i++) {
          listCovered[i] = c.type();
        }
      }
      rules.apply(tokens, keys, listCovered, contextOnly, candidates);
    }
    List<Candidate> accepted = resolve(candidates, n);
    if (useRules) {
      linker.propagate(tokens, keys, accepted);
    }
    return toEntities(analysis.original(), tokens, keys, accepted);
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
      String original, List<Token> tokens, String[] keys, List<Candidate> accepted) {
    List<Entity> out = new ArrayList<>(accepted.size());
    for (Candidate c : accepted) {
      TextSpan span = TextSpan.of(tokens.get(c.start()).start(), tokens.get(c.end() - 1).end());
      String text = span.coveredText(original);
      Candidate owner = DocumentLinker.owner(c, keys, accepted);
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
              c.type(), span, text, id, name, Transliteration.toLatin(text), c.source(), c.score()));
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

    private Builder() {}

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
      if (!builtInLists && userLists.isEmpty() && !rules) {
        throw new IllegalStateException("no built-in lists, no user lists and no rules: nothing could be found");
      }
      return new EntityTagger(this);
    }
  }
}

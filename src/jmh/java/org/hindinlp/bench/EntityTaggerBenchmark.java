package org.hindinlp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hindinlp.HindiNlp;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity tagging (the combined tagger, and lists + rules alone) with every built-in list loaded,
 * against the analysis alone (normalize, tokenize,
 * split: the part of the work the tagger cannot avoid), on the same texts in the same run; and the
 * time to load and compile the built-in lists. Tokens per second = ops/s × the token count that
 * {@link Report} prints.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// Long warm-up: the combined tagger's hot path takes C2 10-40 s to compile on a loaded 2-core
// machine, and runs about 4x slower until then (see NerPeerBenchmark).
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class EntityTaggerBenchmark {

  static final String LISTS = "/org/hindinlp/ner/lists/";
  static final String[] FILES = {
    "countries.tsv", "world-cities.tsv", "india-places.tsv", "news-agencies.tsv", "organizations.tsv",
    "people.tsv"
  };

  private String[] wiki;
  private EntityTagger tagger;
  private EntityTagger listsAndRules;
  private HindiNlp nlp;

  @Setup
  public void setUp() {
    wiki = BenchmarkTexts.wiki().array();
    tagger = EntityTagger.standard();
    listsAndRules = EntityTagger.builder().model(false).build();
    nlp = HindiNlp.standard();
  }

  @Benchmark
  public void ner_wiki_tag(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(tagger.tag(d));
    }
  }

  /** Lists and rules only (issue 4's tagger, no statistical model). */
  @Benchmark
  public void ner_wiki_tagListsAndRules(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(listsAndRules.tag(d));
    }
  }

  @Benchmark
  public void ner_wiki_analyzeOnly(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(nlp.analyze(d));
    }
  }

  /** Parses every built-in list file from the jar and compiles a tagger from them. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public EntityTagger ner_loadBuiltInLists() {
    List<EntityList> lists = new ArrayList<>();
    for (String f : FILES) {
      lists.add(EntityList.fromResource(LISTS + f));
    }
    EntityTagger.Builder b = EntityTagger.builder().builtInLists(false);
    lists.forEach(b::addList);
    return b.build();
  }
}

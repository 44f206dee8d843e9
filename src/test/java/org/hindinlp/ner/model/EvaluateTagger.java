package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.hindinlp.ner.EntityTagger;

/**
 * Evaluates the combined tagger (model + lists + rules, and the variants with parts turned off) on
 * IL-NER test (annotated part), the same without sentences seen in train, and MultiCoNER II dev;
 * exact typed spans. From the repository root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.EvaluateTagger ../shared
 * </pre>
 */
public final class EvaluateTagger {

  private EvaluateTagger() {}

  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    report("combined: model + lists + rules (default)", EntityTagger.standard(), d);
    report("model + lists, no rules", EntityTagger.builder().rules(false).build(), d);
    report("lists + rules, no model", EntityTagger.builder().model(false).build(), d);
  }

  static void report(String title, EntityTagger t, NerData d) throws Exception {
    System.out.println("== " + title);
    Function<List<String>, List<String>> tagger = t::tagTokens;
    print("IL-NER test 0-711", evaluate(tagger, d.ilnerTest()));
    print("IL-NER test 0-711 without sentences seen in train", evaluate(tagger, d.ilnerTestDedup()));
    print("MultiCoNER II dev", evaluate(tagger, d.multiconerDev()));
  }

  static NerEvaluation evaluate(Function<List<String>, List<String>> tagger, List<NerCorpus.Sentence> gold) {
    NerEvaluation e = new NerEvaluation();
    for (NerCorpus.Sentence s : gold) {
      e.add(s.labels(), tagger.apply(s.tokens()));
    }
    return e;
  }

  static void print(String title, NerEvaluation e) {
    System.out.println(title);
    System.out.println(e.report(NerCorpus.TYPES));
  }
}

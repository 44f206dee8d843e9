package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a model (default: the shipped one) on IL-NER test (annotated part, sentences 0–711),
 * the same without the sentences that occur verbatim in IL-NER train, and MultiCoNER II dev;
 * exact typed spans, CoNLL-2003 conventions. From the repository root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.Evaluate ../shared [MODEL]
 * </pre>
 */
public final class Evaluate {

  private Evaluate() {}

  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    System.gc();
    long heap0 = usedHeap();
    long t0 = System.nanoTime();
    NerModel m = args.length > 1 ? NerModel.load(Path.of(args[1])) : NerModel.loadDefault();
    long t1 = System.nanoTime();
    System.gc();
    long heap1 = usedHeap();
    System.out.printf(Locale.ROOT, "model: %s%nsettings: %s%nload %.0f ms, heap after load +%.1f MB%n%n",
        m.description(), m.settings(), (t1 - t0) / 1e6, (heap1 - heap0) / 1e6);
    report("IL-NER test, sentences 0-711", m, d.ilnerTest());
    report("IL-NER test 0-711 without sentences seen in train", m, d.ilnerTestDedup());
    report("MultiCoNER II dev (coarse)", m, d.multiconerDev());
    List<NerCorpus.Sentence> all = d.ilnerTest();
    long tokens = 0;
    long t2 = System.nanoTime();
    for (int rep = 0; rep < 5; rep++) {
      for (NerCorpus.Sentence s : all) {
        m.tag(s.tokens());
        tokens += s.tokens().size();
      }
    }
    System.out.printf(Locale.ROOT, "tagging speed (one thread, warm-up included): %.0f tokens/s%n",
        tokens / ((System.nanoTime() - t2) / 1e9));
  }

  static void report(String title, NerModel m, List<NerCorpus.Sentence> gold) {
    System.out.println(title + " (" + gold.size() + " sentences)");
    System.out.println(NerData.evaluate(m, gold).report(NerCorpus.TYPES));
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}

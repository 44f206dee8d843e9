package org.hindinlp.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hindinlp.HindiNlp;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.HindiTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One shared engine used from 8 threads on 1,000 documents gives exactly the single-threaded
 * results: the entity taggers (standard, and one with a user list and search-level matching),
 * {@code HindiNlp}, the tokenizer, the splitter and both normalizers. Each thread runs all
 * documents in its own random order, all threads start together.
 */
class ConcurrencyTest {

  static final int THREADS = 8;
  static final int DOCUMENTS = 1_000;
  static List<String> docs;

  @BeforeAll
  static void documents() throws Exception {
    Random r = new Random(20261127);
    String article = Files.readString(Path.of("docs/examples/assam-floods.txt"));
    List<String> out = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS; d++) {
      StringBuilder sb = new StringBuilder();
      if (d % 100 == 0) {
        sb.append(article);
      }
      int pieces = 10 + r.nextInt(50);
      for (int i = 0; i < pieces; i++) {
        int k = r.nextInt(10);
        if (k < 6) {
          sb.append(RandomText.WORDS.get(r.nextInt(RandomText.WORDS.size()))).append(' ');
        } else if (k < 9) {
          sb.append(RandomText.CHARS.charAt(r.nextInt(RandomText.CHARS.length())));
        } else {
          sb.append(RandomText.SUPPLEMENTARY.get(r.nextInt(RandomText.SUPPLEMENTARY.size())));
        }
      }
      out.add(sb.toString());
    }
    docs = List.copyOf(out);
  }

  /** Runs f over all documents on 8 threads at once and checks each result against {@code expected}. */
  static void assertSameOnEightThreads(String what, Function<String, Object> f) throws Exception {
    List<Object> expected = new ArrayList<>();
    for (String d : docs) {
      expected.add(f.apply(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        futures.add(
            pool.submit(
                () -> {
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < DOCUMENTS; i++) {
                    order.add(i);
                  }
                  Collections.shuffle(order, new Random(seed));
                  start.await();
                  int checked = 0;
                  for (int i : order) {
                    assertEquals(expected.get(i), f.apply(docs.get(i)), what + ", document " + i);
                    checked++;
                  }
                  return checked;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> fu : futures) {
        total += fu.get();
      }
      assertEquals(THREADS * DOCUMENTS, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void standardTagger() throws Exception {
    EntityTagger tagger = EntityTagger.standard();
    assertSameOnEightThreads("EntityTagger.analyze", d -> {
      var doc = tagger.analyze(d);
      return List.of(doc.entities(), doc.summary());
    });
  }

  @Test
  void taggerWithAUserListAndSearchMatching() throws Exception {
    EntityList parties =
        EntityList.read(
            new StringReader("#types: PARTY\nभाजपा\tPARTY\tparty:bjp\tभारतीय जनता पार्टी\tBJP\nकिम\tPERSON\tp:kim\n"),
            "parties.tsv",
            EntityList.Format.TSV);
    EntityTagger tagger =
        EntityTagger.builder().addList(parties).matchLevel(DevanagariNormalizer.Level.SEARCH).build();
    assertSameOnEightThreads("EntityTagger.tag (user list, search)", tagger::tag);
  }

  @Test
  void pipelineTokenizerSplitterAndNormalizers() throws Exception {
    assertSameOnEightThreads("HindiNlp.analyze", d -> {
      var a = HindiNlp.standard().analyze(d);
      return List.of(a.tokens(), a.sentences(), a.normalized().text());
    });
    HindiTokenizer compounds = HindiTokenizer.builder().keepCompounds(true).build();
    assertSameOnEightThreads("HindiTokenizer.tokenize", compounds::tokenize);
    assertSameOnEightThreads("SentenceSplitter.split", d -> SentenceSplitter.standard().split(d));
    assertSameOnEightThreads("canonical", d -> DevanagariNormalizer.canonical().normalizeToString(d));
    assertSameOnEightThreads("search", d -> {
      var n = DevanagariNormalizer.search().normalize(d);
      return List.of(n.text(), n.toOriginal(org.hindinlp.TextSpan.of(0, n.text().length())));
    });
  }
}

package org.hindinlp.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.List;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.sentence.SentenceAssertions;
import org.hindinlp.tokenize.TokenAssertions;

/**
 * Coverage-guided fuzz targets (Jazzer). Excluded from {@code mvn verify} (the agent is slow to
 * attach); {@code .ci/run} runs each one explicitly: {@code JAZZER_FUZZ=1 mvn surefire:test
 * -Dtest=FuzzTargetsTest#analyzeAndTag} replays the committed inputs ({@code
 * src/test/resources/org/hindinlp/robust/FuzzTargetsTestInputs/<target>/}) and then fuzzes for the
 * target's {@code maxDuration}; without {@code JAZZER_FUZZ} only the inputs replay. See {@code
 * docs/robustness.md}. A finding is written as a {@code crash-*} file into that
 * directory, where it then replays as a regression test.
 */
class FuzzTargetsTest {

  /** Analyze and tag any string: no exception, and every span invariant holds. */
  @FuzzTest(maxDuration = "30s")
  void analyzeAndTag(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    AnalyzedText a = HindiNlp.standard().analyze(text);
    TokenAssertions.assertCovers(text, a.tokens());
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    List<Entity> entities = EntityTagger.standard().tag(a);
    EntryPointPropertiesTest.assertEntities(text, entities);
  }

  /** Any bytes as a TSV or JSONL list: it loads and tags, or it fails with an EntityListException. */
  @FuzzTest(maxDuration = "15s")
  void listLoader(FuzzedDataProvider data) {
    EntityList.Format format = data.consumeBoolean() ? EntityList.Format.TSV : EntityList.Format.JSONL;
    String probe = data.consumeString(40);
    String list = data.consumeRemainingAsString();
    try {
      EntityList l = EntityList.read(new StringReader(list), "fuzz.list", format);
      EntityTagger t = EntityTagger.builder().builtInLists(false).addList(l).build();
      EntryPointPropertiesTest.assertEntities(probe, t.tag(probe));
    } catch (EntityListException e) {
      if (!e.getMessage().startsWith("fuzz.list:")) {
        throw new AssertionError("error without the source: " + e.getMessage(), e);
      }
    }
  }
}

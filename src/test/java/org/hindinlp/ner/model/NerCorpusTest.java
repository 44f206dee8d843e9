package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {

  @Test
  void ilNerTagsAreMappedAndRepaired(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("il.txt");
    Files.writeString(
        f,
        "राम\tB-NEP\nकुमार\tI-NEP\nने\tO\n2020\tB-NETI\nमें\t-\nभारत\t-NEL\nसरकार\t-NEL\nको\tO\n\n"
            + "इसरो\t-NEO\n\nबाकी\tO\n");
    List<NerCorpus.Sentence> s = NerCorpus.readIlNer(f, 2);
    assertEquals(2, s.size());
    assertEquals(
        List.of("B-PERSON", "I-PERSON", "O", "O", "O", "B-LOCATION", "I-LOCATION", "O"),
        s.get(0).labels());
    assertEquals(List.of("B-ORGANIZATION"), s.get(1).labels());
    assertEquals(List.of("O"), NerCorpus.readIlNer(f, 2, false).get(1).labels());
  }

  @Test
  void multiconerCommaInsideAnEntityStaysInside(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mc.conll");
    Files.writeString(
        f,
        "# id 1\tdomain=hi\nवह _ _ O\nवॉशिंगटन, _ _ B-HumanSettlement\nडी.सी. _ _ I-HumanSettlement\n"
            + "गए, _ _ O\nऔर _ _ O\n\"एप्पल\", _ _ B-PublicCorp\nटाइटैनिक _ _ B-VisualWork\nमें। _ _ O\n\n\n");
    List<NerCorpus.Sentence> s = NerCorpus.readMultiConer(f);
    assertEquals(1, s.size());
    assertEquals(
        List.of("वह", "वॉशिंगटन", ",", "डी.सी.", "गए", ",", "और", "\"", "एप्पल", "\"", ",", "टाइटैनिक", "में", "।"),
        s.get(0).tokens());
    assertEquals(
        List.of("O", "B-LOCATION", "I-LOCATION", "I-LOCATION", "O", "O", "O", "O", "B-ORGANIZATION", "O",
            "O", "O", "O", "O"),
        s.get(0).labels());
  }

  @Test
  void readersCanKeepOtherTypesWithAnotherMapping(@TempDir Path dir) throws IOException {
    Path il = dir.resolve("il.txt");
    Files.writeString(il, "राम\tB-NEP\nने\tO\n2020\tB-NETI\nमें\tO\nजल\t-NEAR\nमिशन\t-NEAR\n\n");
    Map<String, String> ilTypes = new HashMap<>(NerCorpus.ILNER_TYPES);
    ilTypes.put("NETI", "TIME");
    ilTypes.put("NEAR", "ARTEFACT");
    assertEquals(
        List.of("B-PERSON", "O", "B-TIME", "O", "B-ARTEFACT", "I-ARTEFACT"),
        NerCorpus.readIlNer(il, 1, true, ilTypes).get(0).labels());
    assertEquals(
        List.of("B-PERSON", "O", "O", "O", "O", "O"),
        NerCorpus.readIlNer(il, 1).get(0).labels());
    Path mc = dir.resolve("mc.conll");
    Files.writeString(mc, "# id 1\tdomain=hi\nटाइटैनिक _ _ B-VisualWork\nमें _ _ O\nएप्पल _ _ B-PublicCorp\n\n");
    Map<String, String> mcTypes = new HashMap<>(NerCorpus.MULTICONER_TYPES);
    mcTypes.put("VisualWork", "ARTEFACT");
    assertEquals(
        List.of("B-ARTEFACT", "O", "B-ORGANIZATION"),
        NerCorpus.readMultiConer(mc, mcTypes).get(0).labels());
    assertEquals(List.of("O", "O", "B-ORGANIZATION"), NerCorpus.readMultiConer(mc).get(0).labels());
  }

  @Test
  void spansFollowConll2003() {
    assertEquals(
        List.of(new NerEvaluation.Span(0, 2, "PERSON"), new NerEvaluation.Span(2, 3, "PERSON"),
            new NerEvaluation.Span(4, 5, "LOCATION")),
        NerEvaluation.spans(List.of("B-PERSON", "I-PERSON", "B-PERSON", "O", "I-LOCATION")));
    NerEvaluation ev = new NerEvaluation();
    ev.add(List.of("B-PERSON", "I-PERSON", "O"), List.of("B-PERSON", "O", "O"));
    assertEquals(new NerEvaluation.Counts(1, 1, 0), ev.micro());
  }
}

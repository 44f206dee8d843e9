package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Third accuracy round, task C3: auxiliary entity types kept as training labels (multi-task
 * labels). The corpora annotate more than PERSON/LOCATION/ORGANIZATION (IL-NER: NEN numbers, NETI
 * times, NEAR artefacts; MultiCoNER II: creative works, products, medical types); the standard
 * mapping makes them O. Here they are trained as extra types, decoded over all labels, and mapped
 * to O at output before scoring, so the figures are the usual exact PER/LOC/ORG F1 on IL-NER dev
 * and MultiCoNER II dev (IL-NER test is never read).
 *
 * <p>{@code -Dvariant=}:
 *
 * <ul>
 *   <li>{@code base}: the standard mapping (baseline);
 *   <li>{@code all}: ARTEFACT (NEAR + creative works + products), NUMBER (NEN), TIME (NETI),
 *       MEDICAL (MultiCoNER medical types), plain labels (unannotated in the other corpus = O);
 *   <li>{@code art}: only ARTEFACT (NEAR + creative works + products), which both corpora annotate;
 *   <li>{@code ilner}: only IL-NER's NUMBER, TIME and ARTEFACT (NEAR); MultiCoNER as standard;
 *   <li>{@code partial}: as {@code all}, but partial labels: a MultiCoNER token labelled O may be
 *       NUMBER or TIME, an IL-NER token labelled O may be MEDICAL (latent-variable perceptron);
 *   <li>{@code split}: NEAR as ARTEFACT, creative works as WORK, products as PRODUCT, NUMBER, TIME,
 *       MEDICAL, with partial labels for the types the other corpus does not annotate;
 *   <li>{@code near}, {@code cwprod}, {@code med}, {@code numtime}: one group alone (NEAR as
 *       ARTEFACT; creative works + products as ARTEFACT; medical types as MEDICAL; NEN and NETI as
 *       NUMBER and TIME), each with partial labels in the corpus that does not annotate it;
 *   <li>{@code medplain}, {@code numtimeplain}: the same two groups as plain labels (O in the
 *       other corpus), to compare partial and plain labels.
 * </ul>
 *
 * <p>Training data and settings as {@link DevExperiment}: IL-NER train 0–5687 + MultiCoNER II
 * train, built-in list features, {@code -Depochs} (9), {@code -Dseed} (42). {@code -Dsave=FILE}
 * writes the final model (for {@link AuxSpeed}).
 *
 * <pre>
 * java -Xmx3g -Dvariant=art -Dseed=42 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.hindinlp.ner.model.AuxTypesExperiment ../shared
 * </pre>
 */
final class AuxTypesExperiment {

  static final List<String> CW = List.of("VisualWork", "MusicalWork", "WrittenWork", "ArtWork");
  static final List<String> PROD =
      List.of("Software", "Clothing", "Vehicle", "Food", "Drink", "OtherPROD");
  static final List<String> MED =
      List.of("Medication/Vaccine", "MedicalProcedure", "AnatomicalStructure", "Symptom", "Disease");

  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    if (System.getProperty("confusion") != null) {
      confusion(d, System.getProperty("confusion").split(","));
      return;
    }
    String variant = System.getProperty("variant", "base");
    int epochs = Integer.getInteger("epochs", 9);
    long seed = Long.getLong("seed", 42L);

    Map<String, String> il = new HashMap<>(NerCorpus.ILNER_TYPES);
    Map<String, String> mc = new HashMap<>(NerCorpus.MULTICONER_TYPES);
    List<String> types = new ArrayList<>(NerCorpus.TYPES);
    Set<String> ilLatent = Set.of();
    Set<String> mcLatent = Set.of();
    switch (variant) {
      case "base" -> {}
      case "all", "partial" -> {
        il.put("NEAR", "ARTEFACT");
        il.put("NEN", "NUMBER");
        il.put("NETI", "TIME");
        put(mc, CW, "ARTEFACT");
        put(mc, PROD, "ARTEFACT");
        put(mc, MED, "MEDICAL");
        types.addAll(List.of("ARTEFACT", "NUMBER", "TIME", "MEDICAL"));
        if (variant.equals("partial")) {
          ilLatent = Set.of("MEDICAL");
          mcLatent = Set.of("NUMBER", "TIME");
        }
      }
      case "art" -> {
        il.put("NEAR", "ARTEFACT");
        put(mc, CW, "ARTEFACT");
        put(mc, PROD, "ARTEFACT");
        types.add("ARTEFACT");
      }
      case "ilner" -> {
        il.put("NEAR", "ARTEFACT");
        il.put("NEN", "NUMBER");
        il.put("NETI", "TIME");
        types.addAll(List.of("ARTEFACT", "NUMBER", "TIME"));
      }
      case "split" -> {
        il.put("NEAR", "ARTEFACT");
        il.put("NEN", "NUMBER");
        il.put("NETI", "TIME");
        put(mc, CW, "WORK");
        put(mc, PROD, "PRODUCT");
        put(mc, MED, "MEDICAL");
        types.addAll(List.of("ARTEFACT", "WORK", "PRODUCT", "NUMBER", "TIME", "MEDICAL"));
        ilLatent = Set.of("WORK", "PRODUCT", "MEDICAL");
        mcLatent = Set.of("ARTEFACT", "NUMBER", "TIME");
      }
      case "near" -> {
        il.put("NEAR", "ARTEFACT");
        types.add("ARTEFACT");
        mcLatent = Set.of("ARTEFACT");
      }
      case "cwprod" -> {
        put(mc, CW, "ARTEFACT");
        put(mc, PROD, "ARTEFACT");
        types.add("ARTEFACT");
        ilLatent = Set.of("ARTEFACT");
      }
      case "med", "medplain" -> {
        put(mc, MED, "MEDICAL");
        types.add("MEDICAL");
        ilLatent = variant.equals("med") ? Set.of("MEDICAL") : Set.of();
      }
      case "numtime", "numtimeplain" -> {
        il.put("NEN", "NUMBER");
        il.put("NETI", "TIME");
        types.addAll(List.of("NUMBER", "TIME"));
        mcLatent = variant.equals("numtime") ? Set.of("NUMBER", "TIME") : Set.of();
      }
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    }
    List<NerCorpus.Sentence> train =
        new ArrayList<>(NerCorpus.readIlNer(d.ilner("train"), NerData.ILNER_TRAIN_ANNOTATED, true, il));
    int nIl = train.size();
    train.addAll(NerCorpus.readMultiConer(d.multiconer("train"), mc));
    List<Set<String>> latent = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) {
      latent.add(i < nIl ? ilLatent : mcLatent);
    }
    boolean anyLatent = !ilLatent.isEmpty() || !mcLatent.isEmpty();
    System.err.println("variant " + variant + " types " + types + " seed " + seed + " sentences "
        + train.size() + " aux mentions " + auxMentions(train));

    var dev = d.ilnerDev();
    var mcdev = d.multiconerDev();
    EntityListFeatures builtIn = EntityListFeatures.builtIn();
    NerTrainer.Options o =
        NerTrainer.Options.defaults().withEpochs(epochs).withSeed(seed).withGazetteer(builtIn);
    long t0 = System.nanoTime();
    NerModel model = NerTrainer.train(train, o, System.err::println, (ep, m) -> {
      NerEvaluation a = evaluate(m, builtIn, dev);
      NerEvaluation b = evaluate(m, builtIn, mcdev);
      System.out.printf(Locale.ROOT, "%s seed %d ep %2d feats %d  dev %.2f  mcdev %.2f%n", variant, seed,
          ep, m.featureCount(), 100 * a.micro().f1(), 100 * b.micro().f1());
      if (ep == epochs) {
        System.out.println("dev\n" + a.report(NerCorpus.TYPES));
        System.out.println("mcdev\n" + b.report(NerCorpus.TYPES));
      }
    }, types, anyLatent ? latent : null);
    System.err.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    String save = System.getProperty("save");
    if (save != null) {
      model.save(Path.of(save));
    }
  }

  /**
   * {@code -Dconfusion=a.bin,b.bin}: for each saved model, how many of the NEAR spans of IL-NER dev
   * and of the creative-work / product spans of MultiCoNER II dev it overlaps with a predicted
   * PERSON / LOCATION / ORGANIZATION (after mapping auxiliary types to O).
   */
  static void confusion(NerData d, String[] models) throws Exception {
    Map<String, String> il = new HashMap<>(NerCorpus.ILNER_TYPES);
    il.put("NEAR", "ARTEFACT");
    Map<String, String> mc = new HashMap<>(NerCorpus.MULTICONER_TYPES);
    put(mc, CW, "ARTEFACT");
    put(mc, PROD, "ARTEFACT");
    var sets = Map.of(
        "IL-NER dev NEAR", NerCorpus.readIlNer(d.ilner("dev"), NerData.ILNER_DEV_ANNOTATED, false, il),
        "MultiCoNER dev CW+PROD", NerCorpus.readMultiConer(d.multiconer("dev"), mc));
    for (String file : models) {
      NerModel m = NerModel.load(Path.of(file));
      for (var e : new java.util.TreeMap<>(sets).entrySet()) {
        int spans = 0;
        Map<String, Integer> hit = new java.util.TreeMap<>();
        for (NerCorpus.Sentence s : e.getValue()) {
          List<String> pred = outputOnly(m.tag(s.tokens(), m.defaultGazetteer()));
          for (NerEvaluation.Span g : NerEvaluation.spans(s.labels())) {
            if (!g.type().equals("ARTEFACT")) {
              continue;
            }
            spans++;
            for (NerEvaluation.Span p : NerEvaluation.spans(pred)) {
              if (p.start() < g.end() && g.start() < p.end()) {
                hit.merge(p.type(), 1, Integer::sum);
                break;
              }
            }
          }
        }
        System.out.println(file + "  " + e.getKey() + ": " + spans + " spans, overlapped by " + hit);
      }
    }
  }

  private static void put(Map<String, String> m, List<String> fine, String type) {
    for (String f : fine) {
      m.put(f, type);
    }
  }

  private static Map<String, Integer> auxMentions(List<NerCorpus.Sentence> data) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (NerCorpus.Sentence s : data) {
      for (NerEvaluation.Span sp : NerEvaluation.spans(s.labels())) {
        if (!NerCorpus.TYPES.contains(sp.type())) {
          out.merge(sp.type(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** Labels of types other than PERSON, LOCATION, ORGANIZATION become O. */
  static List<String> outputOnly(List<String> labels) {
    List<String> out = new ArrayList<>(labels.size());
    for (String l : labels) {
      out.add(l.length() > 2 && NerCorpus.TYPES.contains(l.substring(2)) ? l : "O");
    }
    return out;
  }

  static NerEvaluation evaluate(NerModel m, GazetteerFeatures gaz, List<NerCorpus.Sentence> gold) {
    NerEvaluation ev = new NerEvaluation();
    for (NerCorpus.Sentence s : gold) {
      ev.add(s.labels(), outputOnly(m.tag(s.tokens(), gaz)));
    }
    return ev;
  }
}

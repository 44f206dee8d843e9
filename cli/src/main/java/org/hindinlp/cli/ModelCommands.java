package org.hindinlp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.model.EntityListFeatures;
import org.hindinlp.ner.model.NerCorpus;
import org.hindinlp.ner.model.NerEvaluation;
import org.hindinlp.ner.model.NerModel;
import org.hindinlp.ner.model.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train}, {@code evaluate} and {@code tag}: the statistical model on CoNLL files. */
final class ModelCommands {

  private ModelCommands() {}

  /** How a CoNLL file is labelled. */
  enum CorpusFormat {
    /** Token in the first column, a coarse BIO label (B-PERSON, I-LOCATION, O) in the last. */
    conll,
    /** IL-NER: TOKEN TAB TAG with NEP/NEL/NEO tags, mapped to PERSON/LOCATION/ORGANIZATION. */
    ilner,
    /** MultiCoNER II: fine types mapped to PERSON/LOCATION/ORGANIZATION, glued punctuation split. */
    multiconer
  }

  /** {@code --format} and {@code --max-sentences}, shared by {@code train} and {@code evaluate}. */
  static final class CorpusOptions {
    @Option(names = "--format", defaultValue = "conll", description = "conll (default), ilner or multiconer.")
    CorpusFormat format;

    @Option(
        names = "--max-sentences",
        defaultValue = "0",
        description = "Read only the first N sentences of each file (IL-NER's annotated parts: train 5688, dev 713, test 712).")
    int maxSentences;

    /**
     * Reads a corpus; IL-NER's prefix-less {@code -X} tags are repaired for training and count as O
     * for evaluation (the convention of the published 620-mention test figure).
     */
    List<NerCorpus.Sentence> read(Path file, boolean training) {
      if (Files.isDirectory(file)) {
        throw new CliException(file + ": is a directory, not a file");
      }
      if (!Files.isReadable(file)) {
        throw new CliException(file + ": no such file");
      }
      try {
        List<NerCorpus.Sentence> s =
            switch (format) {
              case conll -> NerCorpus.readConll(file);
              case ilner ->
                  NerCorpus.readIlNer(file, maxSentences > 0 ? maxSentences : Integer.MAX_VALUE, training);
              case multiconer -> NerCorpus.readMultiConer(file);
            };
        return maxSentences > 0 && s.size() > maxSentences ? s.subList(0, maxSentences) : s;
      } catch (IOException | RuntimeException e) {
        throw new CliException(file + ": " + e.getMessage());
      }
    }
  }


  /** The standard tagger with a model file of the user's. */
  static EntityTagger tagger(Path modelFile) {
    try {
      return EntityTagger.builder().model(modelFile).build();
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  static NerModel loadModel(Path file) {
    try {
      return NerModel.load(file);
    } catch (IOException | RuntimeException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** {@code train --train FILE... --out MODEL}. */
  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description = "Train an entity model on CoNLL files (deterministic for a seed; progress on stderr).")
  static final class Train implements Callable<Integer> {
    @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE", description = "Training files.")
    List<Path> train = new ArrayList<>();

    @Mixin CorpusOptions corpus;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "9", description = "Training epochs (default 9).")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default 42).")
    long seed;

    @Option(names = "--no-list-features", description = "Train without the built-in lists as features.")
    boolean noListFeatures;

    @Override
    public Integer call() throws IOException {
      List<NerCorpus.Sentence> data = new ArrayList<>();
      for (Path p : train) {
        data.addAll(corpus.read(p, true));
      }
      if (data.isEmpty()) {
        throw new CliException("no training sentences in " + train);
      }
      NerTrainer.Options o =
          NerTrainer.Options.defaults()
              .withEpochs(epochs)
              .withSeed(seed)
              .withDescription("trained by hindi-nlp train on " + train)
              .withGazetteer(noListFeatures ? null : EntityListFeatures.builtIn());
      NerModel m;
      try {
        m = NerTrainer.train(data, o, line -> System.err.println(line));
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage());
      }
      m.save(out);
      System.err.println("wrote " + out);
      return 0;
    }
  }

  /** {@code evaluate --gold FILE [--model MODEL]}. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = "Per-type and micro precision, recall and F1 (exact spans, CoNLL-2003) on a gold CoNLL file.")
  static final class Evaluate implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold CoNLL file.")
    Path gold;

    @Mixin CorpusOptions corpus;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model file instead of the shipped one.")
    Path model;

    @Option(names = "--model-only", description = "Score the model alone, without lists and rules.")
    boolean modelOnly;

    @Override
    public Integer call() {
      List<NerCorpus.Sentence> sentences = corpus.read(gold, false);
      NerModel m = model != null ? loadModel(model) : null;
      NerEvaluation e = new NerEvaluation();
      if (modelOnly) {
        NerModel mm = m;
        if (mm == null) {
          try {
            mm = NerModel.loadDefault();
          } catch (IOException ex) {
            throw new CliException(ex.getMessage());
          }
        }
        for (NerCorpus.Sentence s : sentences) {
          e.add(s.labels(), mm.tag(s.tokens()));
        }
      } else {
        EntityTagger t = model != null ? tagger(model) : EntityTagger.standard();
        for (NerCorpus.Sentence s : sentences) {
          e.add(s.labels(), t.tagTokens(s.tokens()));
        }
      }
      CliIO.write(System.out, e.report(NerCorpus.TYPES) + "\n");
      return 0;
    }
  }

  /** {@code tag --input conll [--model MODEL] [FILE|-]}. */
  @Command(
      name = "tag",
      mixinStandardHelpOptions = true,
      description = "Tag pre-tokenized CoNLL (first column the token, a blank line ends a sentence): token TAB label.")
  static final class Tag implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "conll (the only input format).")
    String input;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model file instead of the shipped one.")
    Path model;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file; - or none for stdin.")
    String file;

    @Override
    public Integer call() {
      if (!input.equals("conll")) {
        throw new CliException("--input must be conll");
      }
      EntityTagger t =
          model != null ? tagger(model) : EntityTagger.standard();
      String text = CliIO.readText(file, System.in);
      StringBuilder out = new StringBuilder();
      List<String> sentence = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (l.isBlank()) {
          flush(t, sentence, out);
          continue;
        }
        if (l.startsWith("# ")) {
          continue;
        }
        String token = l.strip().split("[\t ]", 2)[0];
        sentence.add(token);
      }
      flush(t, sentence, out);
      CliIO.write(System.out, out);
      return 0;
    }

    private static void flush(EntityTagger t, List<String> sentence, StringBuilder out) {
      if (sentence.isEmpty()) {
        return;
      }
      List<String> labels = t.tagTokens(sentence); // it normalizes each token itself
      for (int i = 0; i < sentence.size(); i++) {
        out.append(sentence.get(i)).append('\t').append(labels.get(i)).append('\n');
      }
      out.append('\n');
      sentence.clear();
    }
  }
}

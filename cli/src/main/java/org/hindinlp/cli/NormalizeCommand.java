package org.hindinlp.cli;

import java.util.concurrent.Callable;
import org.hindinlp.normalize.DevanagariNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code normalize [--level canonical|search] [--pipe-as-danda] [FILE|-]}. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = "Print the normalized text of FILE (or standard input).")
final class NormalizeCommand implements Callable<Integer> {

  /** The two presets, as the command line spells them. */
  enum LevelName {
    canonical,
    search
  }

  @Option(
      names = "--level",
      defaultValue = "canonical",
      description = "canonical (lossless, default) or search (lossy folding).")
  LevelName level;

  @Option(names = "--pipe-as-danda", description = "Read | after Devanagari as danda ।.")
  boolean pipeAsDanda;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file; - or none for stdin.")
  String file;

  @Override
  public Integer call() {
    DevanagariNormalizer normalizer =
        DevanagariNormalizer.builder(
                level == LevelName.search
                    ? DevanagariNormalizer.Level.SEARCH
                    : DevanagariNormalizer.Level.CANONICAL)
            .pipeAsDanda(pipeAsDanda)
            .build();
    String text = CliIO.readText(file, System.in);
    CliIO.write(System.out, normalizer.normalizeToString(text));
    return 0;
  }
}

package org.hindinlp.cli;

import org.hindinlp.HindiNlp;
import picocli.CommandLine.Option;

/** The tokenizer and splitter options of {@code tokenize} and {@code sentences}. */
final class PipelineOptions {

  @Option(names = "--keep-compounds", description = "Keep hyphenated/slashed compounds whole.")
  boolean keepCompounds;

  @Option(names = "--pipe-as-danda", description = "Let | end sentences like a danda.")
  boolean pipeAsDanda;

  @Option(
      names = "--blank-lines-only",
      description = "Only blank lines (not single line breaks) end sentences.")
  boolean blankLinesOnly;

  HindiNlp engine() {
    return AnalysisCommands.engine(keepCompounds, pipeAsDanda, blankLinesOnly);
  }
}

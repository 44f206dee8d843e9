package org.hindinlp.cli;

import java.util.concurrent.Callable;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code tokenize} and {@code sentences} share: the options, the JSON Lines path (sentences
 * and tokens per line) and the run; each says only how it writes one analyzed text.
 */
abstract class AnalysisCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  AnalysisCommands.Format format;

  @Mixin PipelineOptions pipeline;

  @Mixin InputOptions in;

  /** The text output of one analyzed text. */
  abstract String text(AnalyzedText a);

  /** The JSON object of one analyzed text (without a trailing line break). */
  abstract String json(AnalyzedText a);

  @Override
  public Integer call() {
    HindiNlp nlp = pipeline.engine();
    String out;
    if (in.jsonl()) {
      out = in.eachJsonLine((id, text) -> AnalysisCommands.json(id, nlp.analyze(text), true, false));
    } else {
      AnalyzedText a = nlp.analyze(in.readText());
      out = format == AnalysisCommands.Format.json ? json(a) + "\n" : text(a);
    }
    CliIO.write(System.out, out);
    return 0;
  }
}

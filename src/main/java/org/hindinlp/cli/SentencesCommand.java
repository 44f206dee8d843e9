package org.hindinlp.cli;

import java.util.concurrent.Callable;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sentences [--format text|json] [--input text|jsonl] [FILE|-]}. */
@Command(
    name = "sentences",
    mixinStandardHelpOptions = true,
    description = {
      "Print the sentences of FILE (or standard input), one per line; with --format json, one object"
          + " {\"sentences\":[{\"start\",\"end\",\"text\"}]} (UTF-16 offsets of the input).",
      "With --input jsonl, each line {\"id\":…,\"text\":…} gives one line"
          + " {\"id\":…,\"sentences\":[{\"start\",\"end\"}],\"tokens\":[{\"start\",\"end\",\"kind\",\"text\"}]}."
    })
final class SentencesCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  AnalysisCommands.Format format;

  @Mixin PipelineOptions pipeline;

  @Mixin InputOptions in;

  @Override
  public Integer call() {
    HindiNlp nlp = pipeline.engine();
    String out;
    if (in.jsonl()) {
      out = in.eachJsonLine((id, text) -> AnalysisCommands.json(id, nlp.analyze(text), true, false));
    } else {
      AnalyzedText a = nlp.analyze(in.readText());
      out =
          format == AnalysisCommands.Format.json
              ? AnalysisCommands.json(null, a, false, true) + "\n"
              : AnalysisCommands.sentenceLines(a);
    }
    CliIO.write(System.out, out);
    return 0;
  }
}

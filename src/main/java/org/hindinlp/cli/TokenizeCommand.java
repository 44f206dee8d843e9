package org.hindinlp.cli;

import java.util.concurrent.Callable;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tokenize [--format text|json] [--input text|jsonl] [FILE|-]}. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    description = {
      "Print the tokens of FILE (or standard input): start, end, kind, text, tab-separated, one per"
          + " line, a blank line between sentences. Offsets are UTF-16 units of the input.",
      "With --input jsonl, each line {\"id\":…,\"text\":…} gives one line"
          + " {\"id\":…,\"sentences\":[{\"start\",\"end\"}],\"tokens\":[{\"start\",\"end\",\"kind\",\"text\"}]}."
    })
final class TokenizeCommand implements Callable<Integer> {

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
              ? AnalysisCommands.json(null, a, true, false) + "\n"
              : AnalysisCommands.tokenLines(a);
    }
    CliIO.write(System.out, out);
    return 0;
  }
}

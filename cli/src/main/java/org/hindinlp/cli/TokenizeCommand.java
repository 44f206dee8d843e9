package org.hindinlp.cli;

import org.hindinlp.AnalyzedText;
import picocli.CommandLine.Command;

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
final class TokenizeCommand extends AnalysisCommand {

  @Override
  String text(AnalyzedText a) {
    return AnalysisCommands.tokenLines(a);
  }

  @Override
  String json(AnalyzedText a) {
    return AnalysisCommands.json(null, a, true, false);
  }
}

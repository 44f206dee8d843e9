package org.hindinlp.cli;

import org.hindinlp.AnalyzedText;
import picocli.CommandLine.Command;

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
final class SentencesCommand extends AnalysisCommand {

  @Override
  String text(AnalyzedText a) {
    return AnalysisCommands.sentenceLines(a);
  }

  @Override
  String json(AnalyzedText a) {
    return AnalysisCommands.json(null, a, false, true);
  }
}

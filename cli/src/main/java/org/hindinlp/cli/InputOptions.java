package org.hindinlp.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code tokenize}, {@code sentences} and {@code entities} read: a text or JSON Lines. */
final class InputOptions {

  @Option(
      names = "--input",
      defaultValue = "text",
      description = "text (default) or jsonl: one {\"id\", \"text\"} object per line.")
  AnalysisCommands.Input input;

  @Option(
      names = "--skip-bad-lines",
      description = "With --input jsonl: report each bad line on stderr with its number and go on"
          + " with the others (default: a bad line stops the run, nothing is written).")
  boolean skipBadLines;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file; - or none for stdin.")
  String file;

  boolean jsonl() {
    AnalysisCommands.checkSkipBadLines(skipBadLines, input);
    return input == AnalysisCommands.Input.jsonl;
  }

  String readText() {
    return CliIO.readText(file, System.in);
  }

  /** Runs {@code handler} over the JSON Lines input, one output line per input line. */
  String eachJsonLine(AnalysisCommands.LineHandler handler) {
    return AnalysisCommands.jsonl(
        CliIO.readBytes(file, System.in), CliIO.name(file), handler, skipBadLines, System.err);
  }
}

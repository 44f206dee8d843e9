package org.hindinlp.cli;

import java.util.concurrent.Callable;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Option(names = "--input", defaultValue = "text", description = "text (default) or jsonl.")
  AnalysisCommands.Input input;

  @Option(names = "--keep-compounds", description = "Keep hyphenated/slashed compounds whole.")
  boolean keepCompounds;

  @Option(names = "--pipe-as-danda", description = "Let | end sentences like a danda.")
  boolean pipeAsDanda;

  @Option(
      names = "--blank-lines-only",
      description = "Only blank lines (not single line breaks) end sentences.")
  boolean blankLinesOnly;

  @Option(
      names = "--skip-bad-lines",
      description = "With --input jsonl: report each bad line on stderr with its number and go on"
          + " with the others (default: a bad line stops the run, nothing is written).")
  boolean skipBadLines;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file; - or none for stdin.")
  String file;

  @Override
  public Integer call() {
    HindiNlp nlp = AnalysisCommands.engine(keepCompounds, pipeAsDanda, blankLinesOnly);
    AnalysisCommands.checkSkipBadLines(skipBadLines, input);
    String out;
    if (input == AnalysisCommands.Input.jsonl) {
      byte[] bytes = CliIO.readBytes(file, System.in);
      out = AnalysisCommands.jsonl(bytes, CliIO.name(file), nlp, skipBadLines, System.err);
    } else {
      AnalyzedText a = nlp.analyze(CliIO.readText(file, System.in));
      out =
          format == AnalysisCommands.Format.json
              ? AnalysisCommands.json(null, a, false, true) + "\n"
              : AnalysisCommands.sentenceLines(a);
    }
    CliIO.write(System.out, out);
    return 0;
  }
}

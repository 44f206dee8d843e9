package org.hindinlp.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hindi-nlp} command line: {@code java -jar cli/target/hindi-nlp-cli.jar COMMAND ...}.
 *
 * <p>Exit codes: 0 success, 1 internal error, 2 bad usage or bad input (a one-line message on
 * stderr, nothing on stdout).
 */
@Command(
    name = "hindi-nlp",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Hindi text processing: normalization, tokenization, sentences, entities.",
    subcommands = {
      NormalizeCommand.class,
      TokenizeCommand.class,
      SentencesCommand.class,
      EntitiesCommand.class,
      ModelCommands.Train.class,
      ModelCommands.Evaluate.class,
      ModelCommands.Tag.class
    })
public final class Main {

  /** Exit code for bad usage or undecodable/unreadable input. */
  static final int EXIT_USAGE = 2;

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs without exiting; returns the exit code. */
  static int run(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("hindi-nlp: " + ex.getMessage());
          ex.getCommandLine().getErr().flush();
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CliException ce) {
            commandLine.getErr().println("hindi-nlp: " + ce.getMessage());
            commandLine.getErr().flush();
            return ce.exitCode();
          }
          commandLine.getErr().println("hindi-nlp: internal error: " + ex);
          commandLine.getErr().flush();
          return 1;
        });
    return cl;
  }

  /** Reads the version from the jar manifest, or says "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"hindi-nlp " + (v == null ? "(development build)" : v)};
    }
  }
}

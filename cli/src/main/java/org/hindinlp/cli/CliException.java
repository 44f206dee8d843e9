package org.hindinlp.cli;

/** A failure the user can fix (bad file, bad input); printed as one line, exit code 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(String message) {
    this(message, Main.EXIT_USAGE);
  }

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}

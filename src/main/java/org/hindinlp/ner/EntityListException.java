package org.hindinlp.ner;

/**
 * A malformed entity list: the message names the file (or source) and the line, such as {@code
 * parties.tsv:12: unknown type 'PARTI'}. Immutable, like its message, source, line and reason; safe
 * to share between threads.
 */
public final class EntityListException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file or source name. */
  private final String source;
  /** The 1-based line, or 0 when the problem concerns the whole file. */
  private final int line;
  /** The problem, without the location. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file or source name
   * @param line the 1-based line, or 0 for the whole file
   * @param reason what is wrong
   */
  public EntityListException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * Returns the file or source name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line of the problem, or 0 when it concerns the whole file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the problem without its location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}

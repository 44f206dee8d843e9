package org.hindinlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an input stream line by line as strict UTF-8, so that an invalid byte is reported at its
 * own line (a {@code Reader} decodes ahead and would blame an earlier one). Lines end at LF; a CR
 * before the LF is dropped. Not thread-safe.
 */
public final class Utf8Lines {

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final int maxLineBytes;

  /** Thrown for an invalid UTF-8 line or a line longer than the limit. */
  public static final class LineException extends IOException {
    private static final long serialVersionUID = 1L;

    LineException(String message) {
      super(message);
    }
  }

  /**
   * Reads from {@code in}.
   *
   * @param in the stream; closed by the caller
   * @param maxLineBytes longest accepted line in bytes
   */
  public Utf8Lines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line without its line end, or null at the end of the stream. */
  public String next() throws IOException {
    int n = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        break;
      }
      if (n == maxLineBytes) {
        throw new LineException("line longer than " + maxLineBytes + " bytes");
      }
      if (n == line.length) {
        line = Arrays.copyOf(line, Math.min(maxLineBytes, n * 2));
      }
      line[n++] = b;
    }
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    try {
      return decoder.decode(ByteBuffer.wrap(line, 0, n)).toString();
    } catch (CharacterCodingException e) {
      throw new LineException("not valid UTF-8");
    }
  }
}

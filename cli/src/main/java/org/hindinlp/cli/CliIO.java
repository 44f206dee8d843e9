package org.hindinlp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Input and output for the commands: strict UTF-8 in, and output written only once it is complete,
 * so that an error never leaves half a result on stdout.
 */
final class CliIO {

  private CliIO() {}

  /** Reads a file, or stdin for {@code "-"} or {@code null}, as strict UTF-8. */
  static String readText(String file, InputStream stdin) {
    return decodeUtf8(readBytes(file, stdin), name(file));
  }

  /** The name of the input in messages: the file, or {@code <stdin>}. */
  static String name(String file) {
    return file == null || file.equals("-") ? "<stdin>" : file;
  }

  /** Reads a file, or stdin for {@code "-"} or {@code null}, as bytes. */
  static byte[] readBytes(String file, InputStream stdin) {
    String name = name(file);
    byte[] bytes;
    try {
      if (file == null || file.equals("-")) {
        bytes = stdin.readAllBytes();
      } else {
        Path p = Path.of(file);
        if (Files.isDirectory(p)) {
          throw new CliException(name + ": is a directory, not a file");
        }
        bytes = Files.readAllBytes(p);
      }
    } catch (NoSuchFileException e) {
      throw new CliException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(name + ": permission denied");
    } catch (IOException e) {
      throw new CliException(name + ": cannot read: " + e.getMessage());
    }
    return bytes;
  }

  /** Decodes strict UTF-8; a malformed sequence is an error naming its byte offset. */
  static String decodeUtf8(byte[] bytes, String name) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CliException(name + ": not valid UTF-8 (at byte " + firstBadByte(bytes) + ")");
    }
  }

  private static long firstBadByte(byte[] bytes) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length * 2));
    dec.decode(in, out, true);
    return in.position();
  }

  /** Writes the finished output in one go. */
  static void write(OutputStream out, CharSequence text) {
    try {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new CliException("cannot write output: " + e.getMessage(), 1);
    }
  }
}

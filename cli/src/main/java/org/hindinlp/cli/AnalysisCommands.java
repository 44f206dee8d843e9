package org.hindinlp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;

/** What {@code tokenize} and {@code sentences} share: options, JSONL input, JSON output. */
final class AnalysisCommands {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  /** Input formats. */
  enum Input {
    text,
    jsonl
  }

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonFactory FACTORY = MAPPER.getFactory();

  /** Writes one JSON value with a generator; the commands' JSON writers all go through it. */
  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  /** The JSON {@code body} writes, as a string (indented when {@code pretty}). */
  static String writeJson(boolean pretty, JsonBody body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private AnalysisCommands() {}

  static HindiNlp engine(boolean keepCompounds, boolean pipeAsDanda, boolean blankLinesOnly) {
    HindiTokenizer tokenizer = HindiTokenizer.builder().keepCompounds(keepCompounds).build();
    SentenceSplitter splitter =
        SentenceSplitter.builder()
            .tokenizer(tokenizer)
            .pipeAsDanda(pipeAsDanda)
            .lineBreaksEndSentences(!blankLinesOnly)
            .build();
    return HindiNlp.builder().tokenizer(tokenizer).sentenceSplitter(splitter).build();
  }

  /** Rejects {@code --skip-bad-lines} outside {@code --input jsonl}. */
  static void checkSkipBadLines(boolean skipBadLines, Input input) {
    if (skipBadLines && input != Input.jsonl) {
      throw new CliException("--skip-bad-lines applies to --input jsonl only");
    }
  }

  /** Turns one input line's id and text into one output line. */
  interface LineHandler {
    String handle(JsonNode id, String text);
  }

  /**
   * Reads JSONL ({@code {"id": ..., "text": "..."}} per line; blank lines are skipped) and writes
   * what {@code handler} makes of each line, one line each. Each line is decoded as strict UTF-8 on
   * its own. A bad line (invalid UTF-8, invalid JSON, not an object, no {@code "id"}, no string
   * {@code "text"}) is an error naming its line number, and nothing is written; with {@code
   * skipBadLines}, it is reported on {@code err} with its number instead, and the other lines are
   * processed.
   *
   * @param input the raw input
   * @param name the input's name for messages
   * @param handler makes one output line of each input line
   * @param skipBadLines report and skip bad lines instead of failing
   * @param err where skipped lines are reported
   */
  static String jsonl(
      byte[] input, String name, LineHandler handler, boolean skipBadLines, PrintStream err) {
    StringBuilder out = new StringBuilder();
    int lineNo = 0;
    int skipped = 0;
    int pos = 0;
    int n = input.length;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (pos < n) {
      int nl = indexOf(input, (byte) '\n', pos);
      int end = nl < 0 ? n : nl;
      int start = pos;
      pos = nl < 0 ? n : nl + 1;
      lineNo++;
      if (end > start && input[end - 1] == '\r') {
        end--;
      }
      String line;
      try {
        line = decoder.decode(ByteBuffer.wrap(input, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        skipped += bad(name, lineNo, "not valid UTF-8", skipBadLines, err);
        continue;
      }
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String problem;
      try {
        out.append(handleLine(line, handler)).append('\n');
        continue;
      } catch (BadLine e) {
        problem = e.getMessage();
      }
      skipped += bad(name, lineNo, problem, skipBadLines, err);
    }
    if (skipped > 0) {
      err.println("hindi-nlp: " + (name.equals("<stdin>") ? "" : name + ": ") + "skipped " + skipped + " bad line" + (skipped == 1 ? "" : "s"));
      err.flush();
    }
    return out.toString();
  }

  /** Fails on a bad line, or reports it and returns 1 when bad lines are skipped. */
  private static int bad(String name, int lineNo, String problem, boolean skip, PrintStream err) {
    String where = (name.equals("<stdin>") ? "" : name + ": ") + "line " + lineNo + ": ";
    if (!skip) {
      throw new CliException(where + problem);
    }
    err.println("hindi-nlp: " + where + problem + " (skipped)");
    return 1;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** A JSONL line that is not an {@code {"id", "text"}} object. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message, null, false, false);
    }
  }

  private static String handleLine(String line, LineHandler handler) throws BadLine {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      int cut = msg.indexOf('\n');
      throw new BadLine("not valid JSON: " + (cut < 0 ? msg : msg.substring(0, cut)));
    }
    if (node == null || !node.isObject()) {
      throw new BadLine("expected a JSON object with \"id\" and \"text\"");
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (id == null) {
      throw new BadLine("missing \"id\"");
    }
    if (text == null || !text.isTextual()) {
      throw new BadLine("\"text\" must be a string");
    }
    return handler.handle(id, text.textValue());
  }

  /**
   * One JSON object: {@code {"id"?, "sentences": [{"start", "end"(, "text")}], "tokens"?: [...]}}.
   */
  static String json(JsonNode id, AnalyzedText a, boolean withTokens, boolean sentenceText) {
    return writeJson(false, g -> {
      g.writeStartObject();
      if (id != null) {
        g.writeFieldName("id");
        MAPPER.writeTree(g, id);
      }
      g.writeArrayFieldStart("sentences");
      for (Sentence s : a.sentences()) {
        g.writeStartObject();
        g.writeNumberField("start", s.span().start());
        g.writeNumberField("end", s.span().end());
        if (sentenceText) {
          g.writeStringField("text", a.textOf(s));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (withTokens) {
        g.writeArrayFieldStart("tokens");
        for (Token t : a.tokens()) {
          g.writeStartObject();
          g.writeNumberField("start", t.start());
          g.writeNumberField("end", t.end());
          g.writeStringField("kind", t.kind().name());
          g.writeStringField("text", t.text());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    });
  }

  /** {@code start TAB end TAB kind TAB text} per token, a blank line between sentences. */
  static String tokenLines(AnalyzedText a) {
    StringBuilder out = new StringBuilder();
    List<Sentence> sentences = a.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      for (Token t : a.tokensOf(sentences.get(i))) {
        out.append(t.start()).append('\t').append(t.end()).append('\t').append(t.kind().name());
        out.append('\t').append(t.text()).append('\n');
      }
    }
    return out.toString();
  }

  /** One sentence per line. */
  static String sentenceLines(AnalyzedText a) {
    StringBuilder out = new StringBuilder();
    for (Sentence s : a.sentences()) {
      out.append(a.textOf(s)).append('\n');
    }
    return out.toString();
  }
}

package org.hindinlp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.Tokenizer;

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

  private AnalysisCommands() {}

  static HindiNlp engine(boolean keepCompounds, boolean pipeAsDanda, boolean blankLinesOnly) {
    Tokenizer tokenizer = Tokenizer.builder().keepCompounds(keepCompounds).build();
    SentenceSplitter splitter =
        SentenceSplitter.builder()
            .tokenizer(tokenizer)
            .pipeAsDanda(pipeAsDanda)
            .lineBreaksEndSentences(!blankLinesOnly)
            .build();
    return HindiNlp.builder().tokenizer(tokenizer).sentenceSplitter(splitter).build();
  }

  /**
   * Reads JSONL ({@code {"id": ..., "text": "..."}} per line; blank lines are skipped) and writes
   * one JSON line per input. Any bad line is an error naming its line number; nothing is written.
   */
  static String jsonl(String input, HindiNlp nlp) {
    return jsonl(input, (id, text) -> json(id, nlp.analyze(text), true, false));
  }

  /** Turns one input line's id and text into one output line. */
  interface LineHandler {
    String handle(JsonNode id, String text);
  }

  /**
   * Reads JSONL ({@code {"id": ..., "text": "..."}} per line; blank lines are skipped) and writes
   * what {@code handler} makes of each line, one line each. Any bad line is an error naming its
   * line number; nothing is written.
   */
  static String jsonl(String input, LineHandler handler) {
    StringBuilder out = new StringBuilder();
    int lineNo = 0;
    int pos = 0;
    int n = input.length();
    while (pos < n) {
      int nl = input.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      String line = input.substring(pos, end);
      pos = nl < 0 ? n : nl + 1;
      lineNo++;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        throw new CliException(
            "line " + lineNo + ": not valid JSON: " + (cut < 0 ? msg : msg.substring(0, cut)));
      }
      if (node == null || !node.isObject()) {
        throw new CliException("line " + lineNo + ": expected a JSON object with \"id\" and \"text\"");
      }
      JsonNode id = node.get("id");
      JsonNode text = node.get("text");
      if (id == null) {
        throw new CliException("line " + lineNo + ": missing \"id\"");
      }
      if (text == null || !text.isTextual()) {
        throw new CliException("line " + lineNo + ": \"text\" must be a string");
      }
      out.append(handler.handle(id, text.textValue())).append('\n');
    }
    return out.toString();
  }

  /**
   * One JSON object: {@code {"id"?, "sentences": [{"start", "end"(, "text")}], "tokens"?: [...]}}.
   */
  static String json(JsonNode id, AnalyzedText a, boolean withTokens, boolean sentenceText) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
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

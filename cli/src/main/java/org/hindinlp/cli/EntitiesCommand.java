package org.hindinlp.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
import org.hindinlp.ner.EntitySummary;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.EntityType;
import org.hindinlp.normalize.DevanagariNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entities [--list FILE]... [--list-format tsv|jsonl] [--format json|tsv|html] [--input
 * text|jsonl] [FILE|-]}: the people, places and organisations of a text, with a summary.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Find people, places and organisations in FILE (or standard input).")
final class EntitiesCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    json,
    tsv,
    html
  }

  @Option(
      names = "--list",
      paramLabel = "FILE",
      description = "A user entity list (.tsv or .jsonl); may be repeated. Ranks above the built-in lists.")
  List<Path> lists = new ArrayList<>();

  /** The list formats, as the command line spells them. */
  enum ListFormat {
    tsv(EntityList.Format.TSV),
    jsonl(EntityList.Format.JSONL);

    final EntityList.Format format;

    ListFormat(EntityList.Format format) {
      this.format = format;
    }
  }

  @Option(
      names = "--list-format",
      paramLabel = "tsv|jsonl",
      description = "The format of every --list file (default: from each file's extension,"
          + " .tsv/.txt or .jsonl/.json).")
  ListFormat listFormat;

  @Option(names = "--no-builtin-lists", description = "Use only the lists given with --list.")
  boolean noBuiltInLists;

  @Option(
      names = "--match-level",
      defaultValue = "canonical",
      description = "How list names match the text: canonical (default) or search (spelling variants).")
  NormalizeCommand.LevelName matchLevel;

  @Option(names = "--format", defaultValue = "json", description = "json (default), tsv or html.")
  Format format;


  @Mixin InputOptions in;

  @Override
  public Integer call() {
    boolean jsonl = in.jsonl();
    EntityTagger.Builder b = EntityTagger.builder().builtInLists(!noBuiltInLists);
    for (Path p : lists) {
      b.addList(loadList(p, listFormat));
    }
    if (matchLevel == NormalizeCommand.LevelName.search) {
      b.matchLevel(DevanagariNormalizer.Level.SEARCH);
    }
    EntityTagger tagger;
    try {
      tagger = b.build();
    } catch (IllegalStateException e) {
      throw new CliException(e.getMessage());
    }
    String out;
    if (jsonl) {
      if (format != Format.json) {
        throw new CliException("--input jsonl writes JSON lines; --format " + format + " does not apply");
      }
      out = in.eachJsonLine((id, t) -> jsonLine(id, tagger.tag(t)));
    } else {
      String text = in.readText();
      EntityDocument doc = tagger.analyze(text);
      out =
          switch (format) {
            case json -> json(doc) + "\n";
            case tsv -> tsv(doc);
            case html -> Html.page(text, doc);
          };
    }
    CliIO.write(System.out, out);
    return 0;
  }

  /**
   * Loads a {@code --list} file in the given format, or in the format its extension names; a file
   * whose name has no known extension is an error that names the path and {@code --list-format}.
   */
  static EntityList loadList(Path p, ListFormat format) {
    try {
      if (format != null) {
        return EntityList.load(p, format.format);
      }
      if (!Files.isDirectory(p)) {
        Path name = p.getFileName();
        try {
          EntityList.Format.ofFileName(name == null ? "" : name.toString());
        } catch (EntityListException e) {
          throw new CliException(
              p + ": unknown list format: name the file .tsv or .jsonl, or give --list-format tsv|jsonl");
        }
      }
      return EntityList.load(p);
    } catch (EntityListException e) {
      throw new CliException(e.getMessage());
    }
  }

  static String jsonLine(JsonNode id, List<Entity> entities) {
    return AnalysisCommands.writeJson(false, g -> {
      g.writeStartObject();
      g.writeFieldName("id");
      AnalysisCommands.MAPPER.writeTree(g, id);
      g.writeArrayFieldStart("entities");
      for (Entity e : entities) {
        g.writeStartObject();
        writeMention(g, e);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The fields of a mention that every JSON output has: span, type, text and entity id. */
  private static void writeMention(JsonGenerator g, Entity e) throws IOException {
    g.writeNumberField("start", e.start());
    g.writeNumberField("end", e.end());
    g.writeStringField("type", e.type().name());
    g.writeStringField("text", e.text());
    g.writeStringField("id", e.id());
  }

  static String json(EntityDocument doc) {
    return AnalysisCommands.writeJson(true, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("entities");
      for (Entity e : doc.entities()) {
        g.writeStartObject();
        writeMention(g, e);
        g.writeStringField("name", e.canonicalName());
        g.writeStringField("latin", doc.latinName(e));
        g.writeStringField("source", e.source().name());
        g.writeNumberField("score", e.score());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("summary");
      for (EntitySummary s : doc.summary()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("type", s.type().name());
        g.writeStringField("name", s.canonicalName());
        g.writeStringField("latin", s.latin());
        g.writeNumberField("mentions", s.mentions());
        g.writeArrayFieldStart("spans");
        for (TextSpan sp : s.spans()) {
          g.writeStartArray();
          g.writeNumber(sp.start());
          g.writeNumber(sp.end());
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  static String tsv(EntityDocument doc) {
    StringBuilder sb = new StringBuilder("start\tend\ttype\ttext\tid\tsource\tscore\n");
    for (Entity e : doc.entities()) {
      sb.append(e.start()).append('\t').append(e.end()).append('\t').append(e.type().name());
      sb.append('\t').append(e.text().replace('\t', ' ').replace('\n', ' ')).append('\t').append(e.id());
      sb.append('\t').append(e.source().name());
      sb.append('\t').append(String.format(Locale.ROOT, "%.2f", e.score())).append('\n');
    }
    return sb.toString();
  }

  /** A self-contained HTML page: the article with highlighted entities, a legend, the summary. */
  static final class Html {
    private static final String[] PALETTE = {
      "#ffd6a5", "#caffbf", "#9bf6ff", "#ffc6ff", "#fdffb6", "#bdb2ff", "#ffadad", "#a0c4ff"
    };

    private Html() {}

    static String color(EntityType t) {
      if (t.equals(EntityType.PERSON)) {
        return "#ffd6a5";
      }
      if (t.equals(EntityType.LOCATION)) {
        return "#caffbf";
      }
      if (t.equals(EntityType.ORGANIZATION)) {
        return "#9bf6ff";
      }
      return PALETTE[3 + Math.floorMod(t.name().hashCode(), PALETTE.length - 3)];
    }

    static String escape(CharSequence s) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '&' -> sb.append("&amp;");
          case '"' -> sb.append("&quot;");
          default -> sb.append(c);
        }
      }
      return sb.toString();
    }

    static String page(String text, EntityDocument doc) {
      Map<EntityType, String> types = new LinkedHashMap<>();
      types.put(EntityType.PERSON, color(EntityType.PERSON));
      types.put(EntityType.LOCATION, color(EntityType.LOCATION));
      types.put(EntityType.ORGANIZATION, color(EntityType.ORGANIZATION));
      for (Entity e : doc.entities()) {
        types.putIfAbsent(e.type(), color(e.type()));
      }
      StringBuilder sb = new StringBuilder();
      sb.append("<!DOCTYPE html>\n<html lang=\"hi\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<title>hindi-nlp entities</title>\n<style>\n")
          .append("body{font-family:'Noto Sans Devanagari','Mangal',sans-serif;max-width:52em;margin:2em auto;line-height:1.8;padding:0 1em}\n")
          .append(".text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;border-radius:6px}\n")
          .append("mark{border-radius:3px;padding:0 2px}\n")
          .append("mark sub{font-size:60%;font-family:sans-serif;margin-left:2px;color:#444}\n")
          .append(".legend span{display:inline-block;margin-right:1em;padding:0 .4em;border-radius:3px}\n")
          .append("table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:left}\n")
          .append("</style>\n</head>\n<body>\n<h1>Entities</h1>\n<p class=\"legend\">");
      for (Map.Entry<EntityType, String> t : types.entrySet()) {
        sb.append("<span style=\"background:").append(t.getValue()).append("\">")
            .append(escape(t.getKey().name())).append("</span>");
      }
      sb.append("</p>\n<div class=\"text\">");
      int pos = 0;
      for (Entity e : doc.entities()) {
        sb.append(escape(text.substring(pos, e.start())));
        sb.append("<mark style=\"background:").append(types.get(e.type())).append("\" title=\"")
            .append(escape(e.type().name() + " · " + e.id() + " · " + doc.latinName(e))).append("\">")
            .append(escape(e.text())).append("<sub>").append(escape(e.type().name())).append("</sub></mark>");
        pos = e.end();
      }
      sb.append(escape(text.substring(pos))).append("</div>\n<h2>Summary</h2>\n<table>\n")
          .append("<tr><th>Name</th><th>Latin</th><th>Type</th><th>Id</th><th>Mentions</th></tr>\n");
      for (EntitySummary s : doc.summary()) {
        sb.append("<tr><td>").append(escape(s.canonicalName())).append("</td><td>")
            .append(escape(s.latin())).append("</td><td>").append(escape(s.type().name()))
            .append("</td><td>").append(escape(s.id())).append("</td><td>").append(s.mentions())
            .append("</td></tr>\n");
      }
      sb.append("</table>\n</body>\n</html>\n");
      return sb.toString();
    }
  }
}

package org.hindinlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's news development set ({@code src/test/resources/news-dev/}, see its README):
 * original Hindi news articles annotated inline as {@code [[PER|name]]}, {@code [[LOC|…]]}, {@code
 * [[ORG|…]]}. Reading strips the markup and keeps the spans as UTF-16 offsets into the plain text.
 */
public final class NewsDevSet {

  public static final Path ROOT = Path.of("src/test/resources/news-dev");

  /** A gold or predicted mention. */
  public record Mention(int start, int end, String type, String text) {}

  /** One article: its file name, plain text and mentions in text order. */
  public record Article(String name, String text, List<Mention> mentions) {}

  private NewsDevSet() {}

  /** Reads every {@code NN-slug.txt} of a folder ({@code gold}, {@code pass1} or {@code pass2}). */
  public static List<Article> read(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d\\d-[a-z0-9-]+\\.txt")).sorted().toList()) {
        out.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  /**
   * Parses one annotated article.
   *
   * @throws IllegalArgumentException naming the file and line of malformed markup
   */
  public static Article parse(String name, String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    int line = 1;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '[' && marked.startsWith("[[", i)) {
        int bar = marked.indexOf('|', i);
        int close = marked.indexOf("]]", i);
        if (bar < 0 || close < 0 || bar > close) {
          throw new IllegalArgumentException(name + ":" + line + ": '[[' without 'TYPE|…]]'");
        }
        String tag = marked.substring(i + 2, bar);
        String type =
            switch (tag) {
              case "PER" -> "PERSON";
              case "LOC" -> "LOCATION";
              case "ORG" -> "ORGANIZATION";
              default -> throw new IllegalArgumentException(name + ":" + line + ": unknown type '" + tag + "'");
            };
        String surface = marked.substring(bar + 1, close);
        if (surface.isEmpty() || surface.contains("[[") || surface.indexOf('\n') >= 0
            || !surface.equals(surface.strip())) {
          throw new IllegalArgumentException(name + ":" + line + ": bad entity text '" + surface + "'");
        }
        int start = text.length();
        text.append(surface);
        mentions.add(new Mention(start, text.length(), type, surface));
        i = close + 2;
        continue;
      }
      if (c == ']' && marked.startsWith("]]", i)) {
        throw new IllegalArgumentException(name + ":" + line + ": ']]' without '[['");
      }
      if (c == '\n') {
        line++;
      }
      text.append(c);
      i++;
    }
    return new Article(name, text.toString(), List.copyOf(mentions));
  }
}

package org.hindinlp.ner.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * The model alone (no rules, no document linking) on the seed article: a news text from outside
 * both training corpora. Tokenized with the project tokenizer, split into sentences at । ? ! and line
 * breaks; exact typed character spans against {@code seed-article.gold.json}.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.SeedArticleModelCheck ../shared
 * </pre>
 */
final class SeedArticleModelCheck {

  record Span(int start, int end, String type) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared").resolve("examples");
    String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
    String gold = Files.readString(dir.resolve("seed-article.gold.json"), StandardCharsets.UTF_8);
    Set<Span> g = new HashSet<>();
    Matcher m =
        Pattern.compile("\"start\":\\s*(\\d+),\\s*\"end\":\\s*(\\d+),\\s*\"type\":\\s*\"(\\w+)\"")
            .matcher(gold);
    while (m.find()) {
      g.add(new Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
    }
    NerModel model = NerModel.loadDefault();
    List<Token> tokens = HindiTokenizer.standard().tokenize(text);
    List<Span> pred = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size();
      String t = tokens.get(i).text();
      boolean end =
          last
              || t.equals("।")
              || t.equals("?")
              || t.equals("!")
              || text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).indexOf('\n') >= 0;
      if (!end) {
        continue;
      }
      List<Token> sent = tokens.subList(from, i + 1);
      List<String> forms = new ArrayList<>();
      for (Token tok : sent) {
        forms.add(tok.canonical());
      }
      for (NerEvaluation.Span s : NerEvaluation.spans(model.tag(forms))) {
        pred.add(new Span(sent.get(s.start()).start(), sent.get(s.end() - 1).end(), s.type()));
      }
      from = i + 1;
    }
    int ok = 0;
    for (Span p : pred) {
      if (g.contains(p)) {
        ok++;
      } else {
        System.out.println("FP " + p + " " + text.substring(p.start(), p.end()));
      }
    }
    Set<Span> ps = new HashSet<>(pred);
    for (Span x : g) {
      if (!ps.contains(x)) {
        System.out.println("FN " + x + " " + text.substring(x.start(), x.end()));
      }
    }
    double p = (double) ok / pred.size();
    double r = (double) ok / g.size();
    System.out.printf(Locale.ROOT, "seed article, model alone: gold %d, predicted %d, correct %d: P %.3f R %.3f F1 %.3f%n",
        g.size(), pred.size(), ok, p, r, 2 * p * r / (p + r));
  }
}

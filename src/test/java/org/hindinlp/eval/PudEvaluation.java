package org.hindinlp.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.model.NerEvaluation.Counts;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * Token and sentence F1 of the tokenizer and sentence splitter on a CoNLL-U treebank (UD Hindi PUD),
 * scored as the CoNLL 2018 shared task scores them: system and gold spans over the same text, a
 * span is correct when both its start and end agree, precision and recall micro-averaged over the
 * file.
 *
 * <p>Text: for each {@code # newdoc}, the {@code # text} lines of its sentences joined by one space.
 * Gold token spans come from the word forms found in order in that text (no multiword tokens in
 * PUD); a gold sentence runs from its first token to its last.
 *
 * <p>Run: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hindinlp.eval.PudEvaluation -Dexec.args="../shared/corpora/ud-hindi-pud/hi_pud-ud-test.conllu"}
 * (add {@code --errors} to list the differences).
 */
public final class PudEvaluation {

  private PudEvaluation() {}

  /** One document: its text and gold spans. */
  record Doc(String id, String text, List<TextSpan> tokens, List<TextSpan> sentences) {}

  /** Precision, recall and F1 of one layer, printed with the CoNLL 2018 names. */
  static String describe(Counts c) {
    return String.format(
        Locale.ROOT,
        "P %.2f  R %.2f  F1 %.2f  (gold %d, system %d, correct %d)",
        100 * c.precision(),
        100 * c.recall(),
        100 * c.f1(),
        c.gold(),
        c.predicted(),
        c.correct());
  }

  /** Token and sentence scores. */
  public record Result(Counts tokens, Counts sentences) {
    @Override
    public String toString() {
      return "tokens " + describe(tokens) + "; sentences " + describe(sentences);
    }
  }

  /** Reads the documents of a CoNLL-U file. */
  static List<Doc> read(Path conllu) throws IOException {
    List<Doc> docs = new ArrayList<>();
    String docId = null;
    StringBuilder text = new StringBuilder();
    List<TextSpan> toks = new ArrayList<>();
    List<TextSpan> sents = new ArrayList<>();
    String sentText = null;
    int sentBase = 0;
    int cursor = 0;
    int sentFirst = -1;
    int lineNo = 0;
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.startsWith("# newdoc")) {
        if (docId != null && text.length() > 0) {
          docs.add(new Doc(docId, text.toString(), List.copyOf(toks), List.copyOf(sents)));
        }
        int eq = line.indexOf('=');
        docId = eq < 0 ? "doc" + docs.size() : line.substring(eq + 1).strip();
        text.setLength(0);
        toks.clear();
        sents.clear();
      } else if (line.startsWith("# text =")) {
        sentText = line.substring(line.indexOf('=') + 1).strip();
        if (text.length() > 0) {
          text.append(' ');
        }
        sentBase = text.length();
        text.append(sentText);
        cursor = sentBase;
        sentFirst = -1;
      } else if (line.isEmpty()) {
        if (sentFirst >= 0) {
          sents.add(new TextSpan(sentFirst, cursor));
        }
        sentFirst = -1;
      } else if (!line.startsWith("#")) {
        String[] cols = line.split("\t", -1);
        if (cols[0].contains("-") || cols[0].contains(".")) {
          continue; // multiword token ranges and empty nodes: none in PUD
        }
        String form = cols[1];
        while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
          cursor++;
        }
        if (cursor + form.length() > text.length()
            || !text.substring(cursor, cursor + form.length()).equals(form)) {
          throw new IOException(conllu + ":" + lineNo + ": form '" + form + "' not found at text offset " + (cursor - sentBase));
        }
        if (sentFirst < 0) {
          sentFirst = cursor;
        }
        toks.add(new TextSpan(cursor, cursor + form.length()));
        cursor += form.length();
      }
    }
    if (docId != null && text.length() > 0) {
      docs.add(new Doc(docId, text.toString(), List.copyOf(toks), List.copyOf(sents)));
    }
    return docs;
  }

  /**
   * Scores the standard tokenizer and splitter on a CoNLL-U file.
   *
   * @param conllu the treebank file
   * @param errors where to print differences, or null
   * @return the scores
   * @throws IOException if the file cannot be read or its forms do not match its text
   */
  public static Result evaluate(Path conllu, PrintStream errors) throws IOException {
    HindiTokenizer tokenizer = HindiTokenizer.standard();
    SentenceSplitter splitter = SentenceSplitter.standard();
    int tg = 0, ts = 0, tc = 0, sg = 0, ss = 0, sc = 0;
    for (Doc d : read(conllu)) {
      List<Token> tokens = tokenizer.tokenize(d.text());
      List<Sentence> sentences = splitter.sentences(d.text(), tokens);
      Set<TextSpan> sysTok = new HashSet<>();
      for (Token t : tokens) {
        sysTok.add(t.span());
      }
      Set<TextSpan> sysSent = new HashSet<>();
      for (Sentence s : sentences) {
        sysSent.add(s.span());
      }
      Set<TextSpan> goldTok = new HashSet<>(d.tokens());
      Set<TextSpan> goldSent = new HashSet<>(d.sentences());
      tg += goldTok.size();
      ts += sysTok.size();
      sg += goldSent.size();
      ss += sysSent.size();
      for (TextSpan t : sysTok) {
        if (goldTok.contains(t)) {
          tc++;
        } else if (errors != null) {
          errors.println(d.id() + "\ttoken+\t" + t + "\t" + show(d.text(), t));
        }
      }
      if (errors != null) {
        for (TextSpan t : goldTok) {
          if (!sysTok.contains(t)) {
            errors.println(d.id() + "\ttoken-\t" + t + "\t" + show(d.text(), t));
          }
        }
      }
      for (TextSpan s : sysSent) {
        if (goldSent.contains(s)) {
          sc++;
        } else if (errors != null) {
          errors.println(d.id() + "\tsentence+\t" + s + "\t…" + tail(d.text(), s));
        }
      }
      if (errors != null) {
        for (TextSpan s : goldSent) {
          if (!sysSent.contains(s)) {
            errors.println(d.id() + "\tsentence-\t" + s + "\t…" + tail(d.text(), s));
          }
        }
      }
    }
    return new Result(new Counts(tg, ts, tc), new Counts(sg, ss, sc));
  }

  private static String show(String text, TextSpan t) {
    int a = Math.max(0, t.start() - 15);
    int b = Math.min(text.length(), t.end() + 15);
    return "[" + t.coveredText(text) + "]   " + text.substring(a, t.start()) + "⟦" + t.coveredText(text) + "⟧" + text.substring(t.end(), b);
  }

  private static String tail(String text, TextSpan s) {
    return text.substring(Math.max(s.start(), s.end() - 30), s.end()) + "⟧" + text.substring(s.end(), Math.min(text.length(), s.end() + 30));
  }

  /**
   * Prints the scores.
   *
   * @param args the CoNLL-U file, optionally followed by {@code --errors}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: PudEvaluation FILE.conllu [--errors]");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean errs = args.length > 1 && args[1].equals("--errors");
    Result r = evaluate(Path.of(args[0]), errs ? out : null);
    out.println("tokens     " + describe(r.tokens()));
    out.println("sentences  " + describe(r.sentences()));
  }
}

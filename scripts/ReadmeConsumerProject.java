import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a scratch Maven project made of the README, as a user would copy it: the README's minimal
 * consumer pom (the xml block with {@code <project}) and its "Use from Java" snippets, each in a
 * method of one class. A snippet line {@code expr; // "text"} becomes a check that {@code expr}
 * equals {@code "text"}, so the README's stated results are tested too. Run by
 * {@code scripts/consumer-test.sh}; a single-file program (no dependencies):
 *
 * <pre>
 * java scripts/ReadmeConsumerProject.java README.md docs/examples/assam-floods.txt target/consumer classpath|modulepath
 * </pre>
 */
public class ReadmeConsumerProject {

  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CHECK =
      Pattern.compile("^(\\s*)(.+?);\\s*//\\s*(\"[^\"]*\")(\\s.*)?$");

  public static void main(String[] args) throws IOException {
    if (args.length != 4 || !(args[3].equals("classpath") || args[3].equals("modulepath"))) {
      System.err.println("usage: ReadmeConsumerProject README.md ARTICLE OUT_DIR classpath|modulepath");
      System.exit(2);
    }
    String readme = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Path out = Path.of(args[2]);
    boolean modular = args[3].equals("modulepath");

    String pom = null;
    List<String> snippets = new ArrayList<>();
    int javaSection = readme.indexOf("\n## Use from Java");
    int javaEnd = readme.indexOf("\n## ", javaSection + 1);
    if (javaSection < 0 || javaEnd < 0) {
      throw new IllegalStateException(args[0] + ": no \"## Use from Java\" section");
    }
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).equals("xml") && m.group(2).contains("<project")) {
        pom = m.group(2);
      } else if (m.group(1).equals("java") && m.start() > javaSection && m.start() < javaEnd) {
        snippets.add(m.group(2));
      }
    }
    if (pom == null || snippets.isEmpty()) {
      throw new IllegalStateException(args[0] + ": no consumer pom (```xml with <project) or no Java snippets");
    }

    Set<String> imports = new LinkedHashSet<>(List.of(
        "import java.nio.file.Files;", "import java.nio.file.Path;", "import java.util.Objects;"));
    StringBuilder methods = new StringBuilder();
    StringBuilder calls = new StringBuilder();
    int checks = 0;
    for (int i = 0; i < snippets.size(); i++) {
      StringBuilder body = new StringBuilder();
      boolean declaresArticle = false;
      for (String line : snippets.get(i).split("\n")) {
        if (line.startsWith("import ")) {
          imports.add(line.strip());
          continue;
        }
        declaresArticle |= line.contains("String article =");
        Matcher c = CHECK.matcher(line);
        if (c.matches() && !c.group(2).contains("=")) {
          body.append(c.group(1)).append("check(").append(c.group(2)).append(", ").append(c.group(3))
              .append(");\n");
          checks++;
        } else {
          body.append(line).append('\n');
        }
      }
      methods.append("  static void snippet").append(i + 1).append("() throws Exception {\n");
      if (!declaresArticle) {
        methods.append("    String article = Files.readString(Path.of(\"article.txt\"));\n");
      }
      for (String line : body.toString().split("\n")) {
        methods.append("    ").append(line).append('\n');
      }
      methods.append("  }\n\n");
      calls.append("    snippet").append(i + 1).append("();\n")
          .append("    System.out.println(\"snippet ").append(i + 1).append(" ran\");\n");
    }

    Path src = out.resolve("src/main/java");
    Files.createDirectories(src.resolve("com/example"));
    Files.writeString(out.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("article.txt"), Files.readString(Path.of(args[1])), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("parties.tsv"),
        "#format: hindi-nlp-list/1\n#types: PARTY\nराष्ट्रीय जनता दल\tPARTY\tparty:rjd\tRJD\n",
        StandardCharsets.UTF_8);
    if (modular) {
      Files.writeString(src.resolve("module-info.java"),
          "module com.example.readme {\n  requires org.hindinlp;\n}\n", StandardCharsets.UTF_8);
    }
    String java = "package com.example;\n\n" + String.join("\n", imports) + "\n\n"
        + "/** The README's \"Use from Java\" snippets, as a user copies them. */\n"
        + "public class ReadmeSnippets {\n\n"
        + "  static void check(Object actual, String expected) {\n"
        + "    if (!Objects.equals(String.valueOf(actual), expected)) {\n"
        + "      throw new AssertionError(\"README says \" + expected + \", got \" + actual);\n"
        + "    }\n"
        + "  }\n\n"
        + methods
        + "  public static void main(String[] args) throws Exception {\n" + calls
        + "    System.out.println(\"" + checks + " README results checked\");\n"
        + "  }\n}\n";
    Files.writeString(src.resolve("com/example/ReadmeSnippets.java"), java, StandardCharsets.UTF_8);
    System.out.println("wrote " + out + " (" + snippets.size() + " snippets, " + checks + " checks, "
        + (modular ? "module path" : "class path") + ")");
  }
}

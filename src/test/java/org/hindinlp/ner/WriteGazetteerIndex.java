package org.hindinlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hindinlp.HindiNlp;

/**
 * Writes the compiled index of the built-in lists ({@link GazetteerIndex}). The Maven build runs it
 * in {@code process-test-classes}, writing into {@code target/classes}, so the jar carries an index
 * of exactly the lists it ships; it is never committed.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.WriteGazetteerIndex target/classes/org/hindinlp/ner/lists/gazetteer.idx
 * </pre>
 */
public final class WriteGazetteerIndex {

  private WriteGazetteerIndex() {}

  /** The index bytes of the built-in lists, built from their names (never from an older index). */
  static byte[] build() throws IOException {
    EntityTagger.BuiltInFiles files = EntityTagger.readBuiltInFiles();
    List<EntityList> lists = files.parse();
    Gazetteer g = new Gazetteer(List.of(), lists, HindiNlp.standard().tokenizer(), null, true, 0, null);
    return GazetteerIndex.write(lists, g, files.crc(), files.sha256());
  }

  /**
   * Writes the index.
   *
   * @param args the output file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WriteGazetteerIndex <output file>");
      System.exit(2);
    }
    byte[] index = build();
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    // Unchanged bytes are not rewritten: the jar and incremental builds see the same file.
    if (!Files.exists(out) || !java.util.Arrays.equals(Files.readAllBytes(out), index)) {
      Files.write(out, index);
    }
    System.out.printf("gazetteer index: %s, %,d bytes%n", out, index.length);
  }
}

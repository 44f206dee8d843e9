package org.hindinlp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated lists must be exactly what {@link BuildEntityLists} writes from ICU4J
 * and {@code ../shared} today, and {@code india-tehsils.tsv} what {@link BuildIndiaTehsils} writes
 * from the LGD, its hand tables and the other lists. Skipped where {@code ../shared} is absent
 * (fails under CI=true). ({@code world-cities-more.tsv} and the files of {@link BuildWorldPlaces}
 * need packages fetched from npm and Debian, so they are not rebuilt here.)
 */
class EntityListsUpToDateTest {

  static final Path COMMITTED = Path.of("src/main/resources/org/hindinlp/ner/lists");
  static final String REBUILD =
      "mvn -o -q test-compile exec:java -Dexec.classpathScope=test"
          + " -Dexec.mainClass=org.hindinlp.tools.BuildEntityLists"
          + " -Dexec.args=\"../shared src/main/resources/org/hindinlp/ner/lists\"";

  @Test
  void generatedListsAreUpToDate(@TempDir Path tmp) throws IOException {
    SharedData.require("corpora/india-states-districts-hi/city.json");
    SharedData.require("corpora/lgd-india/municipal/urban-local-body.csv");
    SharedData.require("corpora/wikidata-en-hi-names/wikidata_20150427.tsv");
    for (String f : BuildEntityLists.FILES) {
      if (!BuildEntityLists.GENERATED.contains(f)) {
        Files.copy(COMMITTED.resolve(f), tmp.resolve(f));
      }
    }
    BuildEntityLists.build(SharedData.root(), tmp);
    for (String f : BuildEntityLists.GENERATED) {
      compare(f, tmp, REBUILD);
    }
    compare("lists.properties", tmp, REBUILD);
  }

  @Test
  void tehsilListIsUpToDate(@TempDir Path tmp) throws IOException {
    SharedData.require("corpora/lgd-india/administrative/3-subdistrict.csv");
    for (String f : BuildEntityLists.FILES) {
      if (!f.equals(BuildIndiaTehsils.OUT)) {
        Files.copy(COMMITTED.resolve(f), tmp.resolve(f));
      }
    }
    BuildIndiaTehsils.build(SharedData.root(), tmp);
    compare(BuildIndiaTehsils.OUT, tmp, REBUILD.replace("BuildEntityLists", "BuildIndiaTehsils"));
  }

  private static void compare(String f, Path tmp, String rebuild) throws IOException {
    byte[] want = Files.readAllBytes(tmp.resolve(f));
    byte[] have = Files.readAllBytes(COMMITTED.resolve(f));
    if (Arrays.equals(want, have)) {
      return;
    }
    String[] w = new String(want, StandardCharsets.UTF_8).split("\n", -1);
    String[] h = new String(have, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(w.length, h.length); i++) {
      if (!w[i].equals(h[i])) {
        assertEquals(w[i], h[i], f + " line " + (i + 1) + " is stale; rebuild with: " + rebuild);
      }
    }
    fail(f + " has " + h.length + " lines, the generator writes " + w.length + "; rebuild with: " + rebuild);
  }
}

package org.hindinlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;

/**
 * Development-set check of one design choice: do a user's lists help more as model features as well
 * as candidates? The built-in lists are given as a user's lists (with {@code builtInLists(false)}),
 * once with {@code userListsAsModelFeatures(true)} and once with false, on the news development
 * set; the people lists alone likewise. From the repository root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.eval.UserListFeaturesExperiment
 * </pre>
 */
public final class UserListFeaturesExperiment {

  private UserListFeaturesExperiment() {}

  public static void main(String[] args) throws Exception {
    List<NewsDevSet.Article> gold = NewsDevSet.read(NewsDevSet.ROOT.resolve("gold"));
    List<EntityList> people = new ArrayList<>();
    for (EntityList l : EntityTagger.builtInLists()) {
      if (l.name().contains("people") || l.name().contains("cricketers")) {
        people.add(l);
      }
    }
    for (List<EntityList> lists : List.of(EntityTagger.builtInLists(), people)) {
      for (boolean on : new boolean[] {true, false}) {
        EntityTagger.Builder b = EntityTagger.builder().builtInLists(false).userListsAsModelFeatures(on);
        lists.forEach(b::addList);
        EntityTagger t = b.build();
        NewsDevEvaluation.Counts c =
            NewsDevEvaluation.score(gold, x -> NewsDevEvaluation.mentions(t.tag(x)), null);
        System.out.printf(Locale.ROOT, "%s as the user's lists, model features %s:%n%s",
            lists == people ? "the people lists" : "all built-in lists", on ? "on" : "off", c.report());
      }
    }
  }
}

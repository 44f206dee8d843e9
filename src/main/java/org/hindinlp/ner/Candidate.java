package org.hindinlp.ner;

/**
 * A possible entity over tokens {@code [start, end)}, before overlaps are resolved.
 *
 * @param start first token
 * @param end token after the last
 * @param type the type
 * @param rank 0 for the user's lists, 1 for built-in lists, rules and the model
 * @param source where it came from
 * @param item the gazetteer item, or -1
 * @param score a confidence in [0, 1]
 */
record Candidate(int start, int end, EntityType type, int rank, Entity.Source source, int item, double score) {

  int length() {
    return end - start;
  }
}

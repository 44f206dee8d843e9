package org.hindinlp.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A trie over token sequences: each token key is interned to an int, and transitions live in one
 * open-addressing hash table keyed by (node, token). Matching therefore works on whole tokens only
 * (an entry भारत can never match inside भारतीय), and memory stays near 30 bytes per transition, so a
 * list of a million names fits. Built once, then read-only and thread-safe.
 */
final class PhraseTrie {

  static final int NONE = -1;

  private final Map<String, Integer> tokenIds = new HashMap<>();
  private long[] keys = new long[1 << 10];
  private int[] children = new int[1 << 10];
  private int size;
  private int nodes = 1; // node 0 is the root
  /** Per node, the first payload slot, or NONE. */
  private int[] firstPayload = new int[1 << 10];
  /** Per payload slot: the value, and the next slot of the same node. */
  private int[] payloadValue = new int[1 << 10];
  private int[] payloadNext = new int[1 << 10];
  private int payloads;
  private int maxDepth;

  PhraseTrie() {
    Arrays.fill(keys, -1L);
    Arrays.fill(firstPayload, NONE);
  }

  /** The id of a token key, or NONE if no phrase uses it. */
  int tokenId(String key) {
    Integer id = tokenIds.get(key);
    return id == null ? NONE : id;
  }

  /** The child of {@code node} along {@code token}, or NONE. */
  int child(int node, int token) {
    if (token < 0) {
      return NONE;
    }
    long key = ((long) node << 32) | token;
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return children[slot];
      }
      if (k == -1L) {
        return NONE;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The first payload slot of a node, or NONE; iterate with {@link #nextPayload}. */
  int firstPayload(int node) {
    return firstPayload[node];
  }

  int nextPayload(int slot) {
    return payloadNext[slot];
  }

  int payloadValue(int slot) {
    return payloadValue[slot];
  }

  /** The longest phrase in tokens. */
  /** The number of distinct tokens (ids run from 0 to this, exclusive). */
  int tokenCount() {
    return tokenIds.size();
  }

  int maxDepth() {
    return maxDepth;
  }

  /** Adds a phrase with a payload value; a phrase may carry several values. */
  void add(String[] tokens, int value) {
    if (tokens.length == 0) {
      throw new IllegalArgumentException("empty phrase");
    }
    int node = 0;
    for (String t : tokens) {
      Integer id = tokenIds.get(t);
      if (id == null) {
        id = tokenIds.size();
        tokenIds.put(t, id);
      }
      int next = child(node, id);
      if (next == NONE) {
        next = newNode();
        put(((long) node << 32) | id, next);
      }
      node = next;
    }
    for (int s = firstPayload[node]; s != NONE; s = payloadNext[s]) {
      if (payloadValue[s] == value) {
        return;
      }
    }
    if (payloads == payloadValue.length) {
      payloadValue = Arrays.copyOf(payloadValue, payloads * 2);
      payloadNext = Arrays.copyOf(payloadNext, payloads * 2);
    }
    payloadValue[payloads] = value;
    payloadNext[payloads] = firstPayload[node];
    firstPayload[node] = payloads;
    payloads++;
    maxDepth = Math.max(maxDepth, tokens.length);
  }

  private int newNode() {
    if (nodes == firstPayload.length) {
      int old = firstPayload.length;
      firstPayload = Arrays.copyOf(firstPayload, old * 2);
      Arrays.fill(firstPayload, old, old * 2, NONE);
    }
    return nodes++;
  }

  private void put(long key, int child) {
    if ((size + 1) * 2 > keys.length) {
      rehash();
    }
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != -1L) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    children[slot] = child;
    size++;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldChildren = children;
    keys = new long[oldKeys.length * 2];
    children = new int[oldKeys.length * 2];
    Arrays.fill(keys, -1L);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != -1L) {
        put(oldKeys[i], oldChildren[i]);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}

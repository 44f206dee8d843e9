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

  private final Map<String, Integer> tokenIds;
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
    tokenIds = new HashMap<>();
    Arrays.fill(keys, -1L);
    Arrays.fill(firstPayload, NONE);
  }

  /** A trie as {@link #write} wrote it: nodes numbered in the order they are read. */
  private PhraseTrie(GazetteerIndex.In in) {
    String[] tokens = in.strings();
    tokenIds = new HashMap<>(tokens.length * 4 / 3 + 1);
    for (int i = 0; i < tokens.length; i++) {
      tokenIds.put(tokens[i], i);
    }
    int nodeCount = in.v();
    int payloadCount = in.v();
    maxDepth = in.v();
    int capacity = 1 << 10;
    while (nodeCount * 2 > capacity) {
      capacity <<= 1;
    }
    keys = new long[capacity];
    children = new int[capacity];
    Arrays.fill(keys, -1L);
    firstPayload = new int[Math.max(16, nodeCount)];
    Arrays.fill(firstPayload, NONE);
    payloadValue = new int[Math.max(16, payloadCount)];
    payloadNext = new int[Math.max(16, payloadCount)];
    nodes = 1;
    readNode(in, 0, tokens.length);
    if (nodes != nodeCount || payloads != payloadCount) {
      throw new IllegalArgumentException("trie of " + nodes + " nodes and " + payloads
          + " payloads, but " + nodeCount + " and " + payloadCount + " announced");
    }
  }

  /** Reads a node's payloads (kept in their order) and its subtree, depth first. */
  private void readNode(GazetteerIndex.In in, int node, int tokenCount) {
    int k = in.v();
    for (int j = 0; j < k; j++) {
      if (payloads == payloadValue.length) {
        throw new IllegalArgumentException("more payloads than announced");
      }
      payloadValue[payloads] = in.v();
      payloadNext[payloads] = j + 1 < k ? payloads + 1 : NONE;
      if (j == 0) {
        firstPayload[node] = payloads;
      }
      payloads++;
    }
    int c = in.v();
    for (int j = 0; j < c; j++) {
      int token = in.v();
      if (token >= tokenCount || nodes == firstPayload.length) {
        throw new IllegalArgumentException("bad token or too many nodes at node " + node);
      }
      int child = nodes++;
      put(((long) node << 32) | token, child);
      readNode(in, child, tokenCount);
    }
  }

  /** A copy of this trie with {@code add} added to every payload value (the copy can grow). */
  PhraseTrie shifted(int add) {
    return new PhraseTrie(this, add);
  }

  private PhraseTrie(PhraseTrie t, int add) {
    tokenIds = new HashMap<>(t.tokenIds);
    keys = t.keys.clone();
    children = t.children.clone();
    size = t.size;
    nodes = t.nodes;
    firstPayload = t.firstPayload.clone();
    payloadValue = t.payloadValue.clone();
    payloadNext = t.payloadNext.clone();
    payloads = t.payloads;
    maxDepth = t.maxDepth;
    for (int i = 0; i < payloads; i++) {
      payloadValue[i] += add;
    }
  }

  /** Whether every payload value is below a bound (a check of a trie read from a file). */
  boolean payloadsBelow(int bound) {
    for (int i = 0; i < payloads; i++) {
      if (payloadValue[i] < 0 || payloadValue[i] >= bound) {
        return false;
      }
    }
    return true;
  }

  /** Reads a trie written by {@link #write}. */
  static PhraseTrie read(GazetteerIndex.In in) {
    return new PhraseTrie(in);
  }

  /**
   * Writes the trie: its tokens by id, then its nodes depth first, children by token id, each with
   * its payloads in their order. Node numbers are not kept (a trie read back is numbered in this
   * order), so a trie read back writes the same bytes.
   */
  void write(GazetteerIndex.Out out) throws java.io.IOException {
    out.strings(tokens());
    // Each node's transitions as (token << 32 | child), grouped by node.
    int[] count = new int[nodes + 1];
    for (long k : keys) {
      if (k != -1L) {
        count[(int) (k >>> 32) + 1]++;
      }
    }
    for (int i = 0; i < nodes; i++) {
      count[i + 1] += count[i];
    }
    long[] edges = new long[size];
    int[] fill = Arrays.copyOf(count, nodes);
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != -1L) {
        int node = (int) (keys[s] >>> 32);
        edges[fill[node]++] = ((keys[s] & 0xFFFFFFFFL) << 32) | children[s];
      }
    }
    for (int i = 0; i < nodes; i++) {
      Arrays.sort(edges, count[i], count[i + 1]);
    }
    out.v(nodes);
    out.v(payloads);
    out.v(maxDepth);
    writeNode(out, 0, count, edges);
  }

  private void writeNode(GazetteerIndex.Out out, int node, int[] count, long[] edges)
      throws java.io.IOException {
    int k = 0;
    for (int s = firstPayload[node]; s != NONE; s = payloadNext[s]) {
      k++;
    }
    out.v(k);
    for (int s = firstPayload[node]; s != NONE; s = payloadNext[s]) {
      out.v(payloadValue[s]);
    }
    out.v(count[node + 1] - count[node]);
    for (int e = count[node]; e < count[node + 1]; e++) {
      out.v((int) (edges[e] >>> 32));
      writeNode(out, (int) edges[e], count, edges);
    }
  }

  /** The token keys by id (ids run from 0 to {@link #tokenCount()}). */
  String[] tokens() {
    String[] tokens = new String[tokenIds.size()];
    for (Map.Entry<String, Integer> e : tokenIds.entrySet()) {
      tokens[e.getValue()] = e.getKey();
    }
    return tokens;
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

  /** The number of distinct tokens (ids run from 0 to this, exclusive). */
  int tokenCount() {
    return tokenIds.size();
  }

  /** The longest phrase in tokens. */
  int maxDepth() {
    return maxDepth;
  }

  /** Adds a phrase with a payload value; a phrase may carry several values. */
  void add(String[] tokens, int value) {
    add(tokens, value, Integer.MAX_VALUE);
  }

  /**
   * Adds a phrase with a payload value, placed in the node's payload order after the values of at
   * least {@code after} (and before the others): a value added later is met first, except that
   * values below {@code after} stay behind those above it. With {@code Integer.MAX_VALUE}, plain
   * {@link #add(String[], int)}. Lets user lists be added to a copy of the compiled built-in index
   * ({@link #shifted}) in the order a gazetteer that added them first would have.
   */
  void add(String[] tokens, int value, int after) {
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
    int last = NONE; // the last slot whose value is at least `after`
    for (int s = after == Integer.MAX_VALUE ? NONE : firstPayload[node]; s != NONE; s = payloadNext[s]) {
      if (payloadValue[s] >= after) {
        last = s;
      }
    }
    if (last == NONE) {
      payloadNext[payloads] = firstPayload[node];
      firstPayload[node] = payloads;
    } else {
      payloadNext[payloads] = payloadNext[last];
      payloadNext[last] = payloads;
    }
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

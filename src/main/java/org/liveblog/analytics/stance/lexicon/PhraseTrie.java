package org.liveblog.analytics.stance.lexicon;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Phrases of word ids (from a {@link WordTable}) with an int value each, for longest-match lookups from any token:
 * nodes are ints, the edges one open-addressing table keyed by (node, word), so it is a few primitive arrays.
 */
public final class PhraseTrie implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long EMPTY = -1L;

  private final long[] edgeKeys;
  private final int[] edgeChild;
  private final int edgeMask;
  private final int[] nodeValue;

  private PhraseTrie(long[] edgeKeys, int[] edgeChild, int[] nodeValue) {
    this.edgeKeys = edgeKeys;
    this.edgeChild = edgeChild;
    this.edgeMask = edgeKeys.length - 1;
    this.nodeValue = nodeValue;
  }

  /** A trie of {@code phrases} (word ids; none empty), phrase i with value {@code values[i]} (not negative). */
  public static PhraseTrie of(List<int[]> phrases, int[] values) {
    int maxNodes = 1;
    for (int[] phrase : phrases) {
      maxNodes += phrase.length;
    }
    int capacity = Integer.highestOneBit(Math.max(4, maxNodes * 2 - 1)) << 1;
    long[] keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    int[] children = new int[capacity];
    int[] nodeValue = new int[maxNodes];
    Arrays.fill(nodeValue, -1);
    PhraseTrie trie = new PhraseTrie(keys, children, nodeValue);
    int nodes = 1;
    for (int p = 0; p < phrases.size(); p++) {
      int[] phrase = phrases.get(p);
      if (phrase.length == 0 || values[p] < 0) {
        throw new IllegalArgumentException("phrase " + p + " is empty or has a negative value");
      }
      int node = 0;
      for (int word : phrase) {
        int next = trie.child(node, word);
        if (next < 0) {
          next = nodes++;
          int slot = slot(node, word) & trie.edgeMask;
          while (keys[slot] != EMPTY) {
            slot = (slot + 1) & trie.edgeMask;
          }
          keys[slot] = key(node, word);
          children[slot] = next;
        }
        node = next;
      }
      if (nodeValue[node] < 0) {
        nodeValue[node] = values[p];
      }
    }
    return new PhraseTrie(keys, children, Arrays.copyOf(nodeValue, nodes));
  }

  /** The root, from which every phrase starts. */
  public static int root() {
    return 0;
  }

  /** The node reached from {@code node} by {@code word}, or -1. */
  public int child(int node, int word) {
    if (word < 0) {
      return -1;
    }
    long key = key(node, word);
    int slot = slot(node, word) & edgeMask;
    for (long k = edgeKeys[slot]; k != EMPTY; k = edgeKeys[slot]) {
      if (k == key) {
        return edgeChild[slot];
      }
      slot = (slot + 1) & edgeMask;
    }
    return -1;
  }

  /** The value of the phrase ending at {@code node}, or -1 when no phrase ends there. */
  public int value(int node) {
    return nodeValue[node];
  }

  private static long key(int node, int word) {
    return ((long) node << 32) | (word & 0xFFFFFFFFL);
  }

  private static int slot(int node, int word) {
    long h = key(node, word) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}

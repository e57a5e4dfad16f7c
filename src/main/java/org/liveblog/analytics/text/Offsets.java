package org.liveblog.analytics.text;

/**
 * Java strings index UTF-16 units; the tables' offsets count Unicode code points, as Spark SQL's {@code substring} and
 * {@code length}, DuckDB and Python do. The two differ only after a character outside the Basic Multilingual Plane
 * (an emoji, a flag, some CJK), so a text without one needs no table at all.
 */
public final class Offsets {

  private Offsets() {}

  /**
   * For each UTF-16 index of {@code text} (and its length), the number of code points before it; null when the text
   * has no surrogate, so that the offsets coincide.
   */
  public static int[] codePointIndex(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return null;
    }
    int[] index = new int[n + 1];
    int points = 0;
    for (int j = 0; j < n; points++) {
      index[j] = points;
      boolean pair = Character.isHighSurrogate(text.charAt(j)) && j + 1 < n && Character.isLowSurrogate(text.charAt(j + 1));
      if (pair) {
        // Inside a pair: never a boundary, mapped to the code point it belongs to.
        index[j + 1] = points;
      }
      j += pair ? 2 : 1;
    }
    index[n] = points;
    return index;
  }

  /** The code-point offset of a UTF-16 offset, given the text's {@link #codePointIndex} (null: the same). */
  public static int toCodePoints(int[] index, int utf16) {
    return index == null ? utf16 : index[utf16];
  }
}

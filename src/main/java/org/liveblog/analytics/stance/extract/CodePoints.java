package org.liveblog.analytics.stance.extract;

/**
 * Offsets between the tables' unit (Unicode code points, what Spark SQL, DuckDB and Python count) and Java's UTF-16
 * indices. They coincide in text without characters outside the Basic Multilingual Plane, which is almost all text,
 * so callers check {@link #isBmpOnly} once per sentence and convert only when it is false.
 */
public final class CodePoints {

  private CodePoints() {}

  /** Whether every character of {@code text} is one UTF-16 unit (no surrogate pairs). */
  public static boolean isBmpOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The UTF-16 index of code point offset {@code codePoints} in {@code text}. */
  public static int toUtf16(String text, int codePoints, boolean bmpOnly) {
    return bmpOnly ? codePoints : text.offsetByCodePoints(0, codePoints);
  }

  /** The code point offset of UTF-16 index {@code utf16} in {@code text}. */
  public static int toCodePoints(String text, int utf16, boolean bmpOnly) {
    return bmpOnly ? utf16 : text.codePointCount(0, utf16);
  }
}

package org.liveblog.analytics.stance.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A statement's sentence cut at its source and target spans, so that both the n-gram text and the encoder's token
 * sequence carry markers around them: one sentence reads differently for each (source, target) pair it holds.
 *
 * <p>The markers are the punctuation tokens {@code @} (source) and {@code #} (target), after Zhou and Chen's "typed
 * entity markers (punct)" for relation classification: the encoder is used frozen, and punctuation it has seen in
 * pre-training serves it better than new or unused vocabulary entries, whose embeddings were never trained.
 */
public final class MarkedStatement implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String SOURCE_MARK = "@";
  public static final String TARGET_MARK = "#";

  /** What a piece of the sentence is. */
  public enum Piece { PLAIN, SOURCE, TARGET }

  private final String[] pieces;
  private final Piece[] kinds;

  private MarkedStatement(List<String> pieces, List<Piece> kinds) {
    this.pieces = pieces.toArray(String[]::new);
    this.kinds = kinds.toArray(Piece[]::new);
  }

  /** A sentence with no spans marked: the encoder reads it as it is. */
  public static MarkedStatement plain(String text) {
    return of(text, null, null, null, null);
  }

  /**
   * Cuts {@code text} at the source span [sourceStart, sourceEnd) and the target span [targetStart, targetEnd),
   * offsets in Unicode code points; either span may be absent (both its ends null), as a speaker outside the sentence
   * is. Fails when a span is half given, empty, outside the text, or overlaps the other.
   */
  public static MarkedStatement of(String text, Integer sourceStart, Integer sourceEnd, Integer targetStart,
      Integer targetEnd) {
    if (text == null) {
      throw new IllegalArgumentException("the text is null");
    }
    int length = text.codePointCount(0, text.length());
    int[] source = span("source", sourceStart, sourceEnd, length);
    int[] target = span("target", targetStart, targetEnd, length);
    if (source != null && target != null && source[0] < target[1] && target[0] < source[1]) {
      throw new IllegalArgumentException("the source span [" + source[0] + ", " + source[1]
          + ") overlaps the target span [" + target[0] + ", " + target[1] + ")");
    }
    List<String> pieces = new ArrayList<>(5);
    List<Piece> kinds = new ArrayList<>(5);
    int at = 0;
    for (int[] span : ordered(source, target)) {
      addPiece(pieces, kinds, text, at, span[0], Piece.PLAIN);
      addPiece(pieces, kinds, text, span[0], span[1], span == source ? Piece.SOURCE : Piece.TARGET);
      at = span[1];
    }
    addPiece(pieces, kinds, text, at, length, Piece.PLAIN);
    return new MarkedStatement(pieces, kinds);
  }

  private static int[] span(String name, Integer start, Integer end, int length) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null) {
      throw new IllegalArgumentException("the " + name + " span has one end only (" + start + ", " + end + ")");
    }
    if (start < 0 || start >= end || end > length) {
      throw new IllegalArgumentException("the " + name + " span [" + start + ", " + end
          + ") is empty or outside the text of " + length + " code points");
    }
    return new int[] {start, end};
  }

  private static List<int[]> ordered(int[] source, int[] target) {
    List<int[]> spans = new ArrayList<>(2);
    if (source != null) {
      spans.add(source);
    }
    if (target != null) {
      spans.add(target);
    }
    spans.sort(Comparator.comparingInt(span -> span[0]));
    return spans;
  }

  private static void addPiece(List<String> pieces, List<Piece> kinds, String text, int from, int to, Piece kind) {
    if (from < to) {
      pieces.add(text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)));
      kinds.add(kind);
    }
  }

  /** The pieces in sentence order; spans are whole pieces. */
  public int pieceCount() {
    return pieces.length;
  }

  public String piece(int i) {
    return pieces[i];
  }

  public Piece kind(int i) {
    return kinds[i];
  }

  /** Whether a source or target span is marked. */
  public boolean hasSpans() {
    for (Piece kind : kinds) {
      if (kind != Piece.PLAIN) {
        return true;
      }
    }
    return false;
  }

  /** The sentence with each span between its markers, e.g. {@code "@ Russia @ condemned # NATO # ."}. */
  public String markedText() {
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < pieces.length; i++) {
      boolean afterSpan = i > 0 && kinds[i - 1] != Piece.PLAIN;
      if (kinds[i] == Piece.PLAIN) {
        if (afterSpan && !Character.isWhitespace(pieces[i].charAt(0))) {
          marked.append(' ');
        }
        marked.append(pieces[i]);
        continue;
      }
      String mark = kinds[i] == Piece.SOURCE ? SOURCE_MARK : TARGET_MARK;
      if (marked.length() > 0 && !Character.isWhitespace(marked.charAt(marked.length() - 1))) {
        marked.append(' ');
      }
      marked.append(mark).append(' ').append(pieces[i]).append(' ').append(mark);
    }
    return marked.toString();
  }

  @Override
  public String toString() {
    return markedText();
  }
}

package org.liveblog.analytics.stance.lexicon;

/** A stance lexicon file that cannot be used; the message names the file, the line and what was expected. */
public final class InvalidLexiconException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidLexiconException(String message) {
    super(message);
  }
}

package org.liveblog.analytics.text;

/** What {@link SpeakerAttributor} decided for one sentence; speaker and cue are null when unattributed. */
public record Attribution(boolean isQuote, String speaker, SpeakerCue cue) {

  public static final Attribution NONE = new Attribution(false, null, null);

  /** The cue's code as stored in the sentences table, or null. */
  public String cueCode() {
    return cue == null ? null : cue.code();
  }
}

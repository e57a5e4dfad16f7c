package org.liveblog.analytics.text;

/** The pattern that attributed a sentence to a speaker; {@link #code()} is the value stored in sentences.speaker_cue. */
public enum SpeakerCue {
  /** "X said:" ending a paragraph (the following paragraphs are X's words) or "X said: ..." inside a sentence. */
  COLON_INTRO("colon_intro"),
  /** A quoted span followed by "X said", "said X" or "she said". */
  QUOTE_SAID("quote_said"),
  /** "X said (that) ..." in a narrative sentence. */
  REPORTED_SPEECH("reported_speech"),
  /** "according to X". */
  ACCORDING_TO("according_to"),
  /** "Reuters reports ...", "Russia's Interfax news agency is reporting ...". */
  AGENCY_REPORT("agency_report");

  private final String code;

  SpeakerCue(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}

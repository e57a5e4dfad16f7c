package org.liveblog.analytics.generate;

/**
 * The generator's own phrases (no copied news text). None of them names an actor or contains a topic keyword, so
 * the planted mention and topic probabilities are exactly what the draws decide; GeneratorTemplatesTest checks it.
 */
final class TextTemplates {

  private TextTemplates() {}

  /** Quoted speech, without the closing punctuation (added as "." or "," by the pattern). */
  static final String[] QUOTES = {
      "We will continue to work for a just and lasting outcome",
      "Nobody should be under any illusion about what is at stake",
      "Our position has not changed and it will not change",
      "We are ready to listen, but we will not be pressured",
      "This is a moment that demands unity and resolve",
      "We have been clear from the very beginning",
      "Every decision will be taken together with our partners",
      "The coming weeks will be decisive",
      "We expect our partners to keep their word",
      "I want to thank everyone who has worked through the night",
  };

  static final String[] CONTEXT_SENTENCES = {
      "The remarks came at the end of a long day of meetings.",
      "Officials gathered for a late-night briefing.",
      "The statement was published shortly after midnight.",
      "Journalists were given only a few minutes for questions.",
      "The comments were made during a brief appearance.",
  };

  static final String[] SAID_COLON_VERBS = {
      "said:", "said:", "said:", "said in a statement:", "wrote on social media:", "said in a video address:",
  };

  static final String[] TOLD_REPORTERS_LEADS = {
      "Speaking after the meeting,", "Speaking at a press conference,", "Asked about the latest developments,",
  };

  static final String[] ACTIVITIES = {
      "spoke briefly to reporters on the way into the building.",
      "addressed a gathering of officials in the afternoon.",
      "held a phone call with advisers earlier in the day.",
      "gave a short interview to a morning programme.",
  };

  static final String[] ACCORDING_TO_CLAUSES = {
      "The meeting is expected to take place next week",
      "Further announcements will follow in the coming days",
      "The situation has stabilised in recent hours",
      "A decision could come as early as Friday",
  };

  static final String[] AGENCY_LEADS = {
      "Reuters reports that ", "Interfax is reporting that ", "AFP reports that ", "According to Reuters, ",
      "Interfax reports that ",
  };

  static final String[] AGENCY_PREDICATES = {
      "is expected to speak later today.",
      "has cancelled a planned trip.",
      "will hold a series of meetings next week.",
      "has called for an urgent meeting.",
  };

  static final String[] AGENCY_NEUTRAL = {
      "a planned meeting has been postponed.",
      "the announcement is expected within hours.",
      "several officials have been recalled for consultations.",
  };

  static final String[] PLAIN_MENTIONS = {
      "%s is expected to comment later.",
      "All eyes are on %s after the latest developments.",
      "A statement from %s is expected this evening.",
      "Officials said they had briefed %s on the latest developments.",
  };

  /** Lead-ins put before a sentence-initial actor written with a lower-case article ("the EU", "von der Leyen"). */
  static final String[] LEAD_INS = {
      "Meanwhile, ", "Earlier today, ", "Separately, ", "On the same day, ", "Later, ",
  };

  static final String[] COMPOUND_TAILS = {
      " relations were also on the agenda.", " ties came up repeatedly during the day.",
  };

  static final String[] FILLER = {
      "We will bring you the latest updates as they come in.",
      "Local officials said the situation remained tense overnight.",
      "The regional governor said emergency crews were at the scene.",
      "Here is a summary of the latest developments.",
      "Thank you for following our live coverage.",
      "Sirens sounded in several regions shortly after dawn.",
      "Schools in the area will remain closed until further notice.",
      "Residents reported loud explosions in the early hours.",
      "We are trying to confirm the details and will update this post.",
      "Rail services were disrupted for much of the morning.",
  };

  /** Cooperative statements: "%s" is the target; each begins with the cue phrase of the same index. */
  static final String[] COOPERATIVE_STATEMENTS = {
      "praised %s for what was called a constructive approach.",
      "welcomed %s latest proposal.",
      "agreed with %s on the need for further dialogue.",
      "thanked %s for continued cooperation.",
      "backed %s in a short statement.",
  };

  static final String[] HOSTILE_STATEMENTS = {
      "condemned %s over the latest statements.",
      "accused %s of acting in bad faith.",
      "threatened %s with unspecified consequences.",
      "warned %s against further escalation.",
      "criticised %s for what was described as reckless behaviour.",
  };

  /** Statement templates whose target takes the possessive form. */
  static boolean possessiveTarget(String template) {
    return template.startsWith("welcomed");
  }

  static final String[] HEADLINE_TAILS = {": latest developments", ": what we know so far", " latest"};
  static final String[] GENERIC_HEADLINES = {"Live updates: what we know so far", "Summary of the day so far"};
  static final String[] BLOG_TITLE_TAILS = {
      "latest updates", "what we know so far", "all the latest", "leaders meet as talks continue",
      "overnight attacks reported",
  };
}

package org.liveblog.analytics.stance.extract;

import java.util.Arrays;

/**
 * One sentence as statement extraction reads it: its text, its actor mentions (UTF-16 offsets into the sentence, in
 * text order; the actor id is null for a mention the actors stage left unresolved), its attributed speaker's actor
 * and cue, and its day. Reused: {@link #reset} starts the next sentence.
 */
public final class SentenceMentions {

  String text;
  int count;
  int[] start = new int[8];
  int[] end = new int[8];
  String[] actor = new String[8];
  String speakerActorId;
  String speakerCue;
  long epochDay;

  /** Starts a sentence; {@code speakerActorId} and {@code speakerCue} may be null. */
  public SentenceMentions reset(String sentence, String speakerActor, String cue, long day) {
    this.text = sentence;
    this.speakerActorId = speakerActor;
    this.speakerCue = cue;
    this.epochDay = day;
    this.count = 0;
    return this;
  }

  /** Adds a mention at UTF-16 offsets {@code [from, to)} of the sentence; mentions come in text order. */
  public SentenceMentions add(int from, int to, String actorId) {
    if (from < 0 || to <= from || to > text.length()) {
      throw new IllegalArgumentException("mention [" + from + ", " + to + ") outside a sentence of " + text.length()
          + " characters");
    }
    if (count > 0 && from < start[count - 1]) {
      throw new IllegalArgumentException("mentions must come in text order: " + from + " after " + start[count - 1]);
    }
    if (count == start.length) {
      start = Arrays.copyOf(start, count * 2);
      end = Arrays.copyOf(end, count * 2);
      actor = Arrays.copyOf(actor, count * 2);
    }
    start[count] = from;
    end[count] = to;
    actor[count] = actorId;
    count++;
    return this;
  }

  public String text() {
    return text;
  }

  public int count() {
    return count;
  }

  public int start(int mention) {
    return start[mention];
  }

  public int end(int mention) {
    return end[mention];
  }

  public String actor(int mention) {
    return actor[mention];
  }
}

package org.liveblog.analytics.stance.extract;

import java.io.Serializable;

/** One actor mention of a sentence as extraction reads it from actor_mentions (entry offsets, code points). */
public class MentionSpan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Offset of the mention in entries.text (code points). */
  private int charStart;
  /** Offset one past its end. */
  private int charEnd;
  /** The actor, or null when the actors stage left the mention unresolved. */
  private String actorId;

  public int getCharStart() {
    return charStart;
  }

  public void setCharStart(int charStart) {
    this.charStart = charStart;
  }

  public int getCharEnd() {
    return charEnd;
  }

  public void setCharEnd(int charEnd) {
    this.charEnd = charEnd;
  }

  public String getActorId() {
    return actorId;
  }

  public void setActorId(String actorId) {
    this.actorId = actorId;
  }
}

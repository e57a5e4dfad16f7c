package org.liveblog.analytics.stance.shifts;

import java.io.Serializable;

/** One statement offered as evidence of a stance: its entry, sentence and score, with the key it was ranked by. */
public class Evidence implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Ascending order puts the strongest evidence first (minus score x confidence for positive stance). */
  private double sortKey;
  private String entryKey;
  private String entryId;
  private int sentenceIndex;
  private double score;

  public double getSortKey() {
    return sortKey;
  }

  public void setSortKey(double sortKey) {
    this.sortKey = sortKey;
  }

  public String getEntryKey() {
    return entryKey;
  }

  public void setEntryKey(String entryKey) {
    this.entryKey = entryKey;
  }

  public String getEntryId() {
    return entryId;
  }

  public void setEntryId(String entryId) {
    this.entryId = entryId;
  }

  public int getSentenceIndex() {
    return sentenceIndex;
  }

  public void setSentenceIndex(int sentenceIndex) {
    this.sentenceIndex = sentenceIndex;
  }

  public double getScore() {
    return score;
  }

  public void setScore(double score) {
    this.score = score;
  }
}

package org.liveblog.analytics.stance.extract;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

/**
 * A sentence with at least one actor mention and everything extraction needs of it: the sentences row joined with its
 * mentions.
 */
public class MentionedSentence implements Serializable {
  private static final long serialVersionUID = 1L;

  private String entryKey;
  private String outlet;
  private String blogId;
  private Timestamp publishedAt;
  private Date publishedDate;
  private int sentenceIndex;
  /** Offset of the sentence in entries.text (code points). */
  private int charStart;
  private String text;
  private boolean inQuote;
  private String speaker;
  private String speakerCue;
  private String speakerActorId;
  /** Every mention of the sentence (resolved or not), ordered by offset. */
  private List<MentionSpan> mentions;

  public String getEntryKey() {
    return entryKey;
  }

  public void setEntryKey(String entryKey) {
    this.entryKey = entryKey;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getBlogId() {
    return blogId;
  }

  public void setBlogId(String blogId) {
    this.blogId = blogId;
  }

  public Timestamp getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Timestamp publishedAt) {
    this.publishedAt = publishedAt;
  }

  public Date getPublishedDate() {
    return publishedDate;
  }

  public void setPublishedDate(Date publishedDate) {
    this.publishedDate = publishedDate;
  }

  public int getSentenceIndex() {
    return sentenceIndex;
  }

  public void setSentenceIndex(int sentenceIndex) {
    this.sentenceIndex = sentenceIndex;
  }

  public int getCharStart() {
    return charStart;
  }

  public void setCharStart(int charStart) {
    this.charStart = charStart;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isInQuote() {
    return inQuote;
  }

  public void setInQuote(boolean inQuote) {
    this.inQuote = inQuote;
  }

  public String getSpeaker() {
    return speaker;
  }

  public void setSpeaker(String speaker) {
    this.speaker = speaker;
  }

  public String getSpeakerCue() {
    return speakerCue;
  }

  public void setSpeakerCue(String speakerCue) {
    this.speakerCue = speakerCue;
  }

  public String getSpeakerActorId() {
    return speakerActorId;
  }

  public void setSpeakerActorId(String speakerActorId) {
    this.speakerActorId = speakerActorId;
  }

  public List<MentionSpan> getMentions() {
    return mentions;
  }

  public void setMentions(List<MentionSpan> mentions) {
    this.mentions = mentions;
  }
}

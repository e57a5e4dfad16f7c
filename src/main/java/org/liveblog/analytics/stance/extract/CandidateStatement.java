package org.liveblog.analytics.stance.extract;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;

/**
 * One candidate statement (sentence, source, target) with everything a scorer needs: the sentence text and every
 * mention of it, the source and target mentions, ids, date and entry. Offsets into the sentence are code points.
 */
public class CandidateStatement implements Serializable {
  private static final long serialVersionUID = 1L;

  private String entryKey;
  private String outlet;
  private String blogId;
  private Timestamp publishedAt;
  private Date publishedDate;
  private int sentenceIndex;
  /** Offset of the sentence in entries.text (code points). */
  private int sentenceCharStart;
  /** The sentence. */
  private String text;
  private boolean inQuote;
  private String speaker;
  private String speakerActorId;
  private String sourceActorId;
  /** How the source was found: speaker, speaker_role, subject or subject_role. */
  private String sourceVia;
  /** For a role source, the role through which it speaks (e.g. spokesperson); else null. */
  private String sourceRole;
  /** Index of the source mention in mentionStarts, or -1 when the source is not named in the sentence. */
  private int sourceMention;
  private String targetActorId;
  /** Index of the target mention in mentionStarts. */
  private int targetMention;
  /** Every mention of the sentence: start offsets into the sentence (code points), in text order. */
  private int[] mentionStarts;
  /** Their end offsets. */
  private int[] mentionEnds;

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

  public int getSentenceCharStart() {
    return sentenceCharStart;
  }

  public void setSentenceCharStart(int sentenceCharStart) {
    this.sentenceCharStart = sentenceCharStart;
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

  public String getSpeakerActorId() {
    return speakerActorId;
  }

  public void setSpeakerActorId(String speakerActorId) {
    this.speakerActorId = speakerActorId;
  }

  public String getSourceActorId() {
    return sourceActorId;
  }

  public void setSourceActorId(String sourceActorId) {
    this.sourceActorId = sourceActorId;
  }

  public String getSourceVia() {
    return sourceVia;
  }

  public void setSourceVia(String sourceVia) {
    this.sourceVia = sourceVia;
  }

  public String getSourceRole() {
    return sourceRole;
  }

  public void setSourceRole(String sourceRole) {
    this.sourceRole = sourceRole;
  }

  public int getSourceMention() {
    return sourceMention;
  }

  public void setSourceMention(int sourceMention) {
    this.sourceMention = sourceMention;
  }

  public String getTargetActorId() {
    return targetActorId;
  }

  public void setTargetActorId(String targetActorId) {
    this.targetActorId = targetActorId;
  }

  public int getTargetMention() {
    return targetMention;
  }

  public void setTargetMention(int targetMention) {
    this.targetMention = targetMention;
  }

  public int[] getMentionStarts() {
    return mentionStarts;
  }

  public void setMentionStarts(int[] mentionStarts) {
    this.mentionStarts = mentionStarts;
  }

  public int[] getMentionEnds() {
    return mentionEnds;
  }

  public void setMentionEnds(int[] mentionEnds) {
    this.mentionEnds = mentionEnds;
  }
}

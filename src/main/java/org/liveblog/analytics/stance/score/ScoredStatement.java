package org.liveblog.analytics.stance.score;

import java.util.List;
import org.liveblog.analytics.stance.extract.CandidateStatement;

/** A candidate statement with its stance as one scoring method decided it. */
public class ScoredStatement extends CandidateStatement {

  private static final long serialVersionUID = 1L;

  private double score;
  private String label;
  private double confidence;
  /** The cue words that decided the score, as written, each with its modifiers ("not condemn"). */
  private List<String> cues;
  /** The scoring method: lexicon (LexiconScorer) or a model's name. */
  private String method;
  /** The linking verb's CAMEO event code; null when there was none. */
  private String cameoCode;
  /** Its Goldstein weight (-10..+10); null when there was none. */
  private Double goldstein;

  /** The candidate's fields with {@code stance}, scored by {@code scoringMethod}. */
  public static ScoredStatement of(CandidateStatement candidate, StanceScore stance, String scoringMethod) {
    ScoredStatement s = new ScoredStatement();
    s.setEntryKey(candidate.getEntryKey());
    s.setOutlet(candidate.getOutlet());
    s.setBlogId(candidate.getBlogId());
    s.setPublishedAt(candidate.getPublishedAt());
    s.setPublishedDate(candidate.getPublishedDate());
    s.setSentenceIndex(candidate.getSentenceIndex());
    s.setSentenceCharStart(candidate.getSentenceCharStart());
    s.setText(candidate.getText());
    s.setInQuote(candidate.isInQuote());
    s.setSpeaker(candidate.getSpeaker());
    s.setSpeakerActorId(candidate.getSpeakerActorId());
    s.setSourceActorId(candidate.getSourceActorId());
    s.setSourceVia(candidate.getSourceVia());
    s.setSourceRole(candidate.getSourceRole());
    s.setSourceMention(candidate.getSourceMention());
    s.setTargetActorId(candidate.getTargetActorId());
    s.setTargetMention(candidate.getTargetMention());
    s.setMentionStarts(candidate.getMentionStarts());
    s.setMentionEnds(candidate.getMentionEnds());
    s.score = stance.score();
    s.label = stance.label();
    s.confidence = stance.confidence();
    s.cues = stance.cues();
    s.cameoCode = stance.cameoCode();
    s.goldstein = stance.goldstein();
    s.method = scoringMethod;
    return s;
  }

  public double getScore() {
    return score;
  }

  public void setScore(double score) {
    this.score = score;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public double getConfidence() {
    return confidence;
  }

  public void setConfidence(double confidence) {
    this.confidence = confidence;
  }

  public List<String> getCues() {
    return cues;
  }

  public void setCues(List<String> cues) {
    this.cues = cues;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getCameoCode() {
    return cameoCode;
  }

  public void setCameoCode(String cameoCode) {
    this.cameoCode = cameoCode;
  }

  public Double getGoldstein() {
    return goldstein;
  }

  public void setGoldstein(Double goldstein) {
    this.goldstein = goldstein;
  }
}

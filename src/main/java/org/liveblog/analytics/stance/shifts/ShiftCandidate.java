package org.liveblog.analytics.stance.shifts;

import java.io.Serializable;
import java.sql.Date;
import java.util.List;

/** A change that binary segmentation found in one pair's daily series, with its permutation p-value. */
public class ShiftCandidate implements Serializable {

  private static final long serialVersionUID = 1L;

  private String method;
  private String sourceActorId;
  private String targetActorId;
  private int changeRank;
  private Date changeDate;
  private Date segmentStart;
  private Date segmentEnd;
  private double meanBefore;
  private double meanAfter;
  private double delta;
  private double statistic;
  private double pvalue;
  private long statementsBefore;
  private long statementsAfter;
  private int daysBefore;
  private int daysAfter;
  private List<Evidence> evidenceBefore;
  private List<Evidence> evidenceAfter;

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getSourceActorId() {
    return sourceActorId;
  }

  public void setSourceActorId(String sourceActorId) {
    this.sourceActorId = sourceActorId;
  }

  public String getTargetActorId() {
    return targetActorId;
  }

  public void setTargetActorId(String targetActorId) {
    this.targetActorId = targetActorId;
  }

  public int getChangeRank() {
    return changeRank;
  }

  public void setChangeRank(int changeRank) {
    this.changeRank = changeRank;
  }

  public Date getChangeDate() {
    return changeDate;
  }

  public void setChangeDate(Date changeDate) {
    this.changeDate = changeDate;
  }

  public Date getSegmentStart() {
    return segmentStart;
  }

  public void setSegmentStart(Date segmentStart) {
    this.segmentStart = segmentStart;
  }

  public Date getSegmentEnd() {
    return segmentEnd;
  }

  public void setSegmentEnd(Date segmentEnd) {
    this.segmentEnd = segmentEnd;
  }

  public double getMeanBefore() {
    return meanBefore;
  }

  public void setMeanBefore(double meanBefore) {
    this.meanBefore = meanBefore;
  }

  public double getMeanAfter() {
    return meanAfter;
  }

  public void setMeanAfter(double meanAfter) {
    this.meanAfter = meanAfter;
  }

  public double getDelta() {
    return delta;
  }

  public void setDelta(double delta) {
    this.delta = delta;
  }

  public double getStatistic() {
    return statistic;
  }

  public void setStatistic(double statistic) {
    this.statistic = statistic;
  }

  public double getPvalue() {
    return pvalue;
  }

  public void setPvalue(double pvalue) {
    this.pvalue = pvalue;
  }

  public long getStatementsBefore() {
    return statementsBefore;
  }

  public void setStatementsBefore(long statementsBefore) {
    this.statementsBefore = statementsBefore;
  }

  public long getStatementsAfter() {
    return statementsAfter;
  }

  public void setStatementsAfter(long statementsAfter) {
    this.statementsAfter = statementsAfter;
  }

  public int getDaysBefore() {
    return daysBefore;
  }

  public void setDaysBefore(int daysBefore) {
    this.daysBefore = daysBefore;
  }

  public int getDaysAfter() {
    return daysAfter;
  }

  public void setDaysAfter(int daysAfter) {
    this.daysAfter = daysAfter;
  }

  public List<Evidence> getEvidenceBefore() {
    return evidenceBefore;
  }

  public void setEvidenceBefore(List<Evidence> evidenceBefore) {
    this.evidenceBefore = evidenceBefore;
  }

  public List<Evidence> getEvidenceAfter() {
    return evidenceAfter;
  }

  public void setEvidenceAfter(List<Evidence> evidenceAfter) {
    this.evidenceAfter = evidenceAfter;
  }
}

package org.liveblog.analytics.stance.shifts;

import java.io.Serializable;
import java.sql.Date;
import java.util.List;

/** One day of one pair's stance series: statements, score sum and sum of squares, and its strongest statements. */
public class DailyStance implements Serializable {

  private static final long serialVersionUID = 1L;

  private String method;
  private String sourceActorId;
  private String targetActorId;
  private Date day;
  private long n;
  private double scoreSum;
  private double scoreSquares;
  /** The day's most positive statements (largest score x confidence first). */
  private List<Evidence> mostPositive;
  /** The day's most negative statements (smallest score x confidence first). */
  private List<Evidence> mostNegative;

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

  public Date getDay() {
    return day;
  }

  public void setDay(Date day) {
    this.day = day;
  }

  public long getN() {
    return n;
  }

  public void setN(long n) {
    this.n = n;
  }

  public double getScoreSum() {
    return scoreSum;
  }

  public void setScoreSum(double scoreSum) {
    this.scoreSum = scoreSum;
  }

  public double getScoreSquares() {
    return scoreSquares;
  }

  public void setScoreSquares(double scoreSquares) {
    this.scoreSquares = scoreSquares;
  }

  public List<Evidence> getMostPositive() {
    return mostPositive;
  }

  public void setMostPositive(List<Evidence> mostPositive) {
    this.mostPositive = mostPositive;
  }

  public List<Evidence> getMostNegative() {
    return mostNegative;
  }

  public void setMostNegative(List<Evidence> mostNegative) {
    this.mostNegative = mostNegative;
  }
}

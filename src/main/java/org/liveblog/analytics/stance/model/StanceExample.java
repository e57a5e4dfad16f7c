package org.liveblog.analytics.stance.model;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One statement to learn from or to score: a text with the source and target spans in it (code-point offsets; an
 * absent source, such as a speaker outside the sentence, has null offsets), its label (negative, neutral, positive;
 * null when unlabelled) and its split (train, dev, test). Readers of labelled sets produce these; {@link #frame} turns
 * them into the columns {@link StanceModel} reads.
 */
public class StanceExample implements Serializable {
  private static final long serialVersionUID = 1L;

  private String docId;
  private String text;
  private Integer sourceStart;
  private Integer sourceEnd;
  private Integer targetStart;
  private Integer targetEnd;
  private String label;
  private String split;

  public StanceExample() {}

  public StanceExample(String docId, String text, Integer sourceStart, Integer sourceEnd, Integer targetStart,
      Integer targetEnd, String label, String split) {
    this.docId = docId;
    this.text = text;
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
    this.targetStart = targetStart;
    this.targetEnd = targetEnd;
    this.label = label;
    this.split = split;
  }

  public static Encoder<StanceExample> encoder() {
    return Encoders.bean(StanceExample.class);
  }

  /** The examples as the snake_case columns of {@link StanceColumns}, ready for {@link StanceModel}. */
  public static Dataset<Row> frame(Dataset<StanceExample> examples) {
    return examples.select(
        col("docId").as(StanceColumns.DOC_ID),
        col("text").as(StanceColumns.TEXT),
        col("sourceStart").as(StanceColumns.SOURCE_START),
        col("sourceEnd").as(StanceColumns.SOURCE_END),
        col("targetStart").as(StanceColumns.TARGET_START),
        col("targetEnd").as(StanceColumns.TARGET_END),
        col("label").as(StanceColumns.LABEL),
        col("split").as(StanceColumns.SPLIT));
  }

  public String getDocId() {
    return docId;
  }

  public void setDocId(String docId) {
    this.docId = docId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Integer getSourceStart() {
    return sourceStart;
  }

  public void setSourceStart(Integer sourceStart) {
    this.sourceStart = sourceStart;
  }

  public Integer getSourceEnd() {
    return sourceEnd;
  }

  public void setSourceEnd(Integer sourceEnd) {
    this.sourceEnd = sourceEnd;
  }

  public Integer getTargetStart() {
    return targetStart;
  }

  public void setTargetStart(Integer targetStart) {
    this.targetStart = targetStart;
  }

  public Integer getTargetEnd() {
    return targetEnd;
  }

  public void setTargetEnd(Integer targetEnd) {
    this.targetEnd = targetEnd;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getSplit() {
    return split;
  }

  public void setSplit(String split) {
    this.split = split;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StanceExample that && Objects.equals(docId, that.docId) && Objects.equals(text, that.text)
        && Objects.equals(sourceStart, that.sourceStart) && Objects.equals(sourceEnd, that.sourceEnd)
        && Objects.equals(targetStart, that.targetStart) && Objects.equals(targetEnd, that.targetEnd)
        && Objects.equals(label, that.label) && Objects.equals(split, that.split);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, text, sourceStart, sourceEnd, targetStart, targetEnd, label, split);
  }

  @Override
  public String toString() {
    return "StanceExample[" + docId + ", source " + sourceStart + "-" + sourceEnd + ", target " + targetStart + "-"
        + targetEnd + ", " + label + ", " + split + "]";
  }
}

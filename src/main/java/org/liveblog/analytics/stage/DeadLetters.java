package org.liveblog.analytics.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * Where a stage's functions report the entries they could not process (and emit no rows for): a Spark accumulator, so
 * that a failing entry costs nothing on the way and a clean batch costs nothing at all. A task that is run again
 * reports its entries again, so letters are kept once per entry; at most {@code limit} are kept (and counted beyond
 * that), since a run with more than a small share of failed entries fails anyway.
 */
public final class DeadLetters extends AccumulatorV2<DeadLetter, List<DeadLetter>> {

  private static final long serialVersionUID = 1L;

  private final int limit;
  private final Map<String, DeadLetter> letters = new LinkedHashMap<>();
  private long beyondLimit;

  public DeadLetters(int limit) {
    this.limit = limit;
  }

  /** A new accumulator, registered with the session's context (an accumulator must be before tasks use it). */
  public static DeadLetters registered(org.apache.spark.sql.SparkSession spark, int limit) {
    DeadLetters letters = new DeadLetters(limit);
    spark.sparkContext().register(letters, "dead letters");
    return letters;
  }

  @Override
  public boolean isZero() {
    return letters.isEmpty() && beyondLimit == 0;
  }

  @Override
  public DeadLetters copy() {
    DeadLetters copy = new DeadLetters(limit);
    copy.letters.putAll(letters);
    copy.beyondLimit = beyondLimit;
    return copy;
  }

  @Override
  public void reset() {
    letters.clear();
    beyondLimit = 0;
  }

  @Override
  public void add(DeadLetter letter) {
    if (letters.containsKey(letter.entryKey())) {
      return;
    }
    if (letters.size() < limit) {
      letters.put(letter.entryKey(), letter);
    } else {
      beyondLimit++;
    }
  }

  @Override
  public void merge(AccumulatorV2<DeadLetter, List<DeadLetter>> other) {
    DeadLetters that = (DeadLetters) other;
    that.letters.values().forEach(this::add);
    beyondLimit += that.beyondLimit;
  }

  /** The letters kept, in the order they arrived. */
  @Override
  public List<DeadLetter> value() {
    return Collections.unmodifiableList(new ArrayList<>(letters.values()));
  }

  /** Entries reported, counting those beyond the limit (which may count an entry twice). */
  public long count() {
    return letters.size() + beyondLimit;
  }
}

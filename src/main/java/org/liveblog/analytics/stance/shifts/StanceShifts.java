package org.liveblog.analytics.stance.shifts;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.Tables;

/**
 * Rows of {@link StanceTables#STANCE_SHIFTS}: the changes in each (source, target) pair's daily mean stance.
 *
 * <ol>
 *   <li>The statements are aggregated per method, pair and day (statements, score sum and sum of squares, the day's
 *       strongest statements each way): one shuffle of a few numeric columns.</li>
 *   <li>The daily series are grouped by pair ({@code groupByKey(pair).flatMapGroups}) and searched by
 *       {@link ChangePointSearch} on the executors: binary segmentation with a permutation test per split, seeded
 *       by the settings' seed and the pair, so reruns agree whatever the partitioning. Nothing is collected.</li>
 *   <li>False discoveries are controlled across pairs in two levels (Benjamini and Bogomolov 2014): the first
 *       change of each pair tested (a pair with at least one allowed split) is its test of "no change at all";
 *       Benjamini-Hochberg at level {@code fdr} over those m tests (per scoring method) selects R pairs. Within a
 *       selected pair, each further change is kept while the running maximum of its p-values stays within
 *       {@code fdr × R / m}, the level the selection leaves for tests inside selected families; binary
 *       segmentation's order stops at the first that does not.</li>
 * </ol>
 * Pure: no reads, writes or actions.
 */
public final class StanceShifts {

  public static final String STAGE = "stance shifts";

  private StanceShifts() {}

  /** The shifts in {@code statements} (rows of {@link StanceTables#STANCE_STATEMENTS}). */
  public static Dataset<Row> shifts(Dataset<Row> statements, ShiftSettings settings, String runId) {
    InputColumns.require(STAGE, statements, StanceTables.STANCE_STATEMENTS, "method", "source_actor_id",
        "target_actor_id", "published_date", "score", "confidence", "entry_key", "entry_id", "sentence_index");
    Dataset<ShiftCandidate> candidates = daily(statements, settings.evidence())
        .groupByKey((MapFunction<DailyStance, String>) StanceShifts::pairKey, Encoders.STRING())
        .flatMapGroups(new PairSearch(settings), Encoders.bean(ShiftCandidate.class));
    return StanceTables.STANCE_SHIFTS.conform(accepted(candidates.toDF(), settings.fdr())
        .select(col("method"), col("sourceActorId").as("source_actor_id"),
            col("targetActorId").as("target_actor_id"), col("changeDate").as("change_date"),
            col("changeRank").as("change_rank"), col("segmentStart").as("segment_start"),
            col("segmentEnd").as("segment_end"), col("meanBefore").as("mean_before"),
            col("meanAfter").as("mean_after"), col("delta"), col("statistic"), col("pvalue").as("p_value"),
            col("q_value"), col("statementsBefore").as("n_before"), col("statementsAfter").as("n_after"),
            col("daysBefore").as("days_before"), col("daysAfter").as("days_after"),
            evidence(col("evidenceBefore")).as("evidence_before"), evidence(col("evidenceAfter")).as("evidence_after"),
            lit(runId).as(Tables.RUN_ID)));
  }

  /** Per method, pair and day: statements, sums, and the {@code keep} strongest statements each way. */
  static Dataset<DailyStance> daily(Dataset<Row> statements, int keep) {
    Column strength = col("score").multiply(col("confidence"));
    return statements
        .groupBy(col("method"), col("source_actor_id"), col("target_actor_id"), col("published_date"))
        .agg(count(lit(1)).as("n"), sum(col("score")).as("scoreSum"),
            sum(col("score").multiply(col("score"))).as("scoreSquares"),
            slice(array_sort(collect_list(evidenceStruct(strength.multiply(-1)))), 1, keep).as("mostPositive"),
            slice(array_sort(collect_list(evidenceStruct(strength))), 1, keep).as("mostNegative"))
        .select(col("method"), col("source_actor_id").as("sourceActorId"), col("target_actor_id").as("targetActorId"),
            col("published_date").as("day"), col("n"), col("scoreSum"), col("scoreSquares"), col("mostPositive"),
            col("mostNegative"))
        .as(Encoders.bean(DailyStance.class));
  }

  private static Column evidenceStruct(Column sortKey) {
    return struct(sortKey.as("sortKey"), col("entry_key").as("entryKey"), col("entry_id").as("entryId"),
        col("sentence_index").as("sentenceIndex"), col("score"));
  }

  /**
   * The evidence as {@link StanceTables#EVIDENCE_TYPE}. No field is ever null (they come from statements' key
   * columns); coalesce only gives them the non-null type the schema declares.
   */
  private static Column evidence(Column list) {
    return transform(list, e -> struct(coalesce(e.getField("entryKey"), lit("")).as("entry_key"),
        coalesce(e.getField("entryId"), lit("")).as("entry_id"),
        coalesce(e.getField("sentenceIndex"), lit(-1)).as("sentence_index"),
        coalesce(e.getField("score"), lit(0.0)).as("score")));
  }

  /**
   * The candidates to report, with their q-values: first changes of the pairs Benjamini-Hochberg selects, and the
   * later changes of those pairs within the selection's level (see the class documentation). Window functions over
   * the candidates alone (a few rows per pair), so the search above runs once.
   */
  static Dataset<Row> accepted(Dataset<Row> candidates, double fdr) {
    String[] pair = {"method", "sourceActorId", "targetActorId"};
    Column first = col("changeRank").equalTo(1);
    // The first changes form one family per method, the later ones another that the correction leaves alone.
    Dataset<Row> adjusted = BenjaminiHochberg.adjust(candidates.withColumn("is_first", first), "pvalue", "pair_q",
        List.of("method", "is_first"), "sourceActorId", "targetActorId", "changeRank");
    Column selectedFirst = first.and(col("pair_q").leq(fdr));
    WindowSpec byPair = Window.partitionBy(pair[0], pair[1], pair[2]);
    WindowSpec upToRank = byPair.orderBy("changeRank").rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    WindowSpec byMethod = Window.partitionBy("method");
    Column laterMax = max(when(first, lit(0.0)).otherwise(col("pvalue"))).over(upToRank);
    Column tested = max(when(first, col("tests"))).over(byMethod);
    Column selectedPairs = sum(when(selectedFirst, 1).otherwise(0)).over(byMethod);
    return adjusted
        .withColumn("selected", max(selectedFirst).over(byPair))
        .withColumn("tested_pairs", tested)
        .withColumn("selected_pairs", selectedPairs)
        .withColumn("later_max", laterMax)
        .filter(col("selected").and(first.or(col("later_max")
            .leq(lit(fdr).multiply(col("selected_pairs")).divide(col("tested_pairs"))))))
        .withColumn("q_value", when(first, col("pair_q")).otherwise(least(lit(1.0),
            col("later_max").multiply(col("tested_pairs")).divide(col("selected_pairs")))));
  }

  private static String pairKey(DailyStance day) {
    return day.getMethod() + '\u0000' + day.getSourceActorId() + '\u0000' + day.getTargetActorId();
  }

  /** One pair's days, sorted, searched; each change with its dates and evidence. */
  private static final class PairSearch implements FlatMapGroupsFunction<String, DailyStance, ShiftCandidate> {
    private static final long serialVersionUID = 1L;
    private final ShiftSettings settings;

    PairSearch(ShiftSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<ShiftCandidate> call(String pair, Iterator<DailyStance> input) {
      List<DailyStance> days = new ArrayList<>();
      input.forEachRemaining(days::add);
      days.sort(Comparator.comparing(DailyStance::getDay));
      int k = days.size();
      long[] n = new long[k];
      double[] sum = new double[k];
      double[] squares = new double[k];
      for (int d = 0; d < k; d++) {
        n[d] = days.get(d).getN();
        sum[d] = days.get(d).getScoreSum();
        squares[d] = days.get(d).getScoreSquares();
      }
      long seed = settings.seed() ^ (pair.hashCode() * 0x9E3779B97F4A7C15L);
      List<ShiftCandidate> out = new ArrayList<>();
      for (ChangePointSearch.Change change : ChangePointSearch.search(new ChangePointSearch.Series(n, sum, squares),
          settings, seed)) {
        DailyStance first = days.get(0);
        ShiftCandidate c = new ShiftCandidate();
        c.setMethod(first.getMethod());
        c.setSourceActorId(first.getSourceActorId());
        c.setTargetActorId(first.getTargetActorId());
        c.setChangeRank(change.rank());
        c.setChangeDate(days.get(change.split()).getDay());
        c.setSegmentStart(days.get(change.start()).getDay());
        c.setSegmentEnd(days.get(change.end() - 1).getDay());
        c.setMeanBefore(change.meanBefore());
        c.setMeanAfter(change.meanAfter());
        c.setDelta(change.meanAfter() - change.meanBefore());
        c.setStatistic(change.statistic());
        c.setPvalue(change.pValue());
        c.setStatementsBefore(change.nBefore());
        c.setStatementsAfter(change.nAfter());
        c.setDaysBefore(change.split() - change.start());
        c.setDaysAfter(change.end() - change.split());
        boolean fell = change.meanAfter() < change.meanBefore();
        c.setEvidenceBefore(strongest(days, change.start(), change.split(), !fell));
        c.setEvidenceAfter(strongest(days, change.split(), change.end(), fell));
        out.add(c);
      }
      return out.iterator();
    }

    /** The strongest statements of days {@code [from, to)}: negative ones when {@code negative}, else positive. */
    private List<Evidence> strongest(List<DailyStance> days, int from, int to, boolean negative) {
      List<Evidence> all = new ArrayList<>();
      for (int d = from; d < to; d++) {
        for (Evidence e : negative ? days.get(d).getMostNegative() : days.get(d).getMostPositive()) {
          if (negative ? e.getScore() < 0 : e.getScore() > 0) {
            all.add(e);
          }
        }
      }
      all.sort(Comparator.comparingDouble(Evidence::getSortKey).thenComparing(Evidence::getEntryKey)
          .thenComparingInt(Evidence::getSentenceIndex));
      return new ArrayList<>(all.subList(0, Math.min(settings.evidence(), all.size())));
    }
  }
}

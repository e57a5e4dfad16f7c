package org.liveblog.analytics.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The stance tables' schemas, grains and keys, listed in {@link Tables#ALL}.
 * Statements are partitioned by date like the tables they come from; series and shifts are recomputed over every
 * published statement, like actor_mention_counts, so they carry no partition column.
 */
public final class StanceTables {

  private StanceTables() {}

  /** One evidence statement inside stance_shifts.evidence_before and evidence_after. */
  public static final StructType EVIDENCE_TYPE = new StructType()
      .add("entry_key", StringType, false).add("entry_id", StringType, false)
      .add("sentence_index", IntegerType, false).add("score", DoubleType, false);


  public static final TableSchema STANCE_STATEMENTS = new TableSchema(
      "stance_statements",
      "One row per sentence, source actor, target actor and scoring method: what the source says about the target in"
          + " that sentence, scored in [-1, 1].",
      List.of("entry_key", "sentence_index", "source_actor_id", "target_actor_id", "method"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("entry_key", StringType, false, "The entry (entries.entry_key)."),
          new ColumnDef("entry_id", StringType, false, "The entry's id within its blog (entries.entry_id)."),
          new ColumnDef("outlet", StringType, false, "Publisher of the entry."),
          new ColumnDef("blog_id", StringType, false, "Live page of the entry."),
          new ColumnDef("published_at", TimestampType, false, "When the entry was first published (UTC)."),
          new ColumnDef("sentence_index", IntegerType, false, "The sentence (sentences.sentence_index)."),
          new ColumnDef("source_actor_id", StringType, false, "Who holds the stance (actors.actor_id)."),
          new ColumnDef("source_via", StringType, false,
              "How the source was found: speaker (the sentence's attributed speaker), speaker_role (the state or"
                  + " organisation whose role the speaker holds that day), subject (the actor that is the subject of"
                  + " a reporting or action verb) or subject_role (the same through the subject's role)."),
          new ColumnDef("source_role", StringType, true,
              "For speaker_role and subject_role, the role through which the source speaks (e.g. spokesperson);"
                  + " null otherwise."),
          new ColumnDef("source_char_start", IntegerType, true,
              "Offset in entries.text (code points) of the mention that gave the source (for a role source, its"
                  + " person's mention); null when the source is not named in the sentence (a quote's speaker)."),
          new ColumnDef("source_char_end", IntegerType, true, "Offset one past that mention's end; null with it."),
          new ColumnDef("target_actor_id", StringType, false, "Whom the stance is about (actors.actor_id)."),
          new ColumnDef("target_char_start", IntegerType, false,
              "Offset in entries.text (code points) of the target's mention (the one nearest the source mention when"
                  + " the target is named twice)."),
          new ColumnDef("target_char_end", IntegerType, false, "Offset one past that mention's end."),
          new ColumnDef("in_quote", BooleanType, false, "The sentence is quoted speech (sentences.is_quote)."),
          new ColumnDef("speaker", StringType, true,
              "The sentence's attributed speaker as written (sentences.speaker)."),
          new ColumnDef("speaker_actor_id", StringType, true, "The speaker's actor (actor_mentions.speaker_actor_id)."),
          new ColumnDef("method", StringType, false,
              "The scoring method: lexicon (LexiconScorer: CAMEO verbs with Goldstein weights and VADER valences)"
                  + " or the name of a model."),
          new ColumnDef("score", DoubleType, false,
              "Stance of the source toward the target: -1 hostile .. +1 cooperative."),
          new ColumnDef("label", StringType, false,
              "negative, neutral or positive (lexicon: score <= -0.05, between, >= 0.05)."),
          new ColumnDef("confidence", DoubleType, false, "0..1: how much evidence the score rests on (0: no cue)."),
          new ColumnDef("cues", DataTypes.createArrayType(StringType, false), false,
              "The words that decided the score, as written, each with its modifiers (e.g. 'not condemn')."),
          new ColumnDef("cameo_code", StringType, true, "CAMEO event code of the verb linking source and target."),
          new ColumnDef("goldstein", DoubleType, true,
              "Goldstein weight of that code (-10 conflict .. +10 cooperation)."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, false, "UTC date of published_at; the partition column.")))
      .withRules(
          new TableSchema.RowRule("score is in [-1, 1]", "score BETWEEN -1 AND 1"),
          new TableSchema.RowRule("confidence is in [0, 1]", "confidence BETWEEN 0 AND 1"),
          new TableSchema.RowRule("label is known", "label IN ('negative', 'neutral', 'positive')"),
          new TableSchema.RowRule("a lexicon label follows its score",
              "method <> 'lexicon' OR label = CASE WHEN score >= 0.05 THEN 'positive'"
                  + " WHEN score <= -0.05 THEN 'negative' ELSE 'neutral' END"),
          new TableSchema.RowRule("source_via is known",
              "source_via IN ('speaker', 'speaker_role', 'subject', 'subject_role')"),
          new TableSchema.RowRule("a role source names its role",
              "(source_via IN ('speaker_role', 'subject_role')) = (source_role IS NOT NULL)"),
          new TableSchema.RowRule("no actor is its own target", "source_actor_id <> target_actor_id"),
          new TableSchema.RowRule("offsets are ordered",
              "0 <= target_char_start AND target_char_start < target_char_end"
                  + " AND (source_char_start IS NULL) = (source_char_end IS NULL)"
                  + " AND (source_char_start IS NULL"
                  + " OR (0 <= source_char_start AND source_char_start < source_char_end))"),
          new TableSchema.RowRule("a subject is named in its sentence",
              "source_via NOT IN ('subject', 'subject_role') OR source_char_start IS NOT NULL"),
          new TableSchema.RowRule("a verb code comes with its weight", "(cameo_code IS NULL) = (goldstein IS NULL)"))
      .withReferences(
          new TableSchema.Reference("entry_key", "entries", "entry_key"),
          new TableSchema.Reference("source_actor_id", "actors", "actor_id"),
          new TableSchema.Reference("target_actor_id", "actors", "actor_id"));

  public static final TableSchema STANCE_SERIES = new TableSchema(
      "stance_series",
      "One row per granularity (day, week), period, scoring method and (source, target) pair with at least one"
          + " statement in the period; recomputed over every published statement by each stance stage.",
      List.of("granularity", "period_start", "method", "source_actor_id", "target_actor_id"),
      Optional.empty(),
      List.of(
          new ColumnDef("granularity", StringType, false, "day or week (ISO weeks, starting Monday)."),
          new ColumnDef("period_start", TimestampType, false, "Start of the period (UTC midnight)."),
          new ColumnDef("method", StringType, false, "The scoring method (stance_statements.method)."),
          new ColumnDef("source_actor_id", StringType, false, "Who holds the stance (actors.actor_id)."),
          new ColumnDef("target_actor_id", StringType, false, "Whom it is about (actors.actor_id)."),
          new ColumnDef("n", LongType, false, "Statements of the pair in the period."),
          new ColumnDef("mean_score", DoubleType, false, "Mean score of those statements."),
          new ColumnDef("negative_share", DoubleType, false, "Share of them labelled negative."),
          new ColumnDef("negative_share_low", DoubleType, false, "Lower bound of its Wilson 95% interval."),
          new ColumnDef("negative_share_high", DoubleType, false, "Upper bound of its Wilson 95% interval."),
          new ColumnDef("positive_share", DoubleType, false, "Share of them labelled positive."),
          new ColumnDef("positive_share_low", DoubleType, false, "Lower bound of its Wilson 95% interval."),
          new ColumnDef("positive_share_high", DoubleType, false, "Upper bound of its Wilson 95% interval."),
          new ColumnDef("low_support", BooleanType, false,
              "n is below the configured minimum (stance series min support): read the shares with care."),
          ColumnDef.runId()))
      .withRules(
          new TableSchema.RowRule("granularity is known", "granularity IN ('day', 'week')"),
          new TableSchema.RowRule("there is a statement", "n > 0"),
          new TableSchema.RowRule("mean_score is in [-1, 1]", "mean_score BETWEEN -1 AND 1"),
          new TableSchema.RowRule("negative interval is ordered",
              "0 <= negative_share_low AND negative_share_low <= negative_share"
                  + " AND negative_share <= negative_share_high AND negative_share_high <= 1"),
          new TableSchema.RowRule("positive interval is ordered",
              "0 <= positive_share_low AND positive_share_low <= positive_share"
                  + " AND positive_share <= positive_share_high AND positive_share_high <= 1"),
          new TableSchema.RowRule("shares add up to at most 1", "negative_share + positive_share <= 1 + 1e-9"))
      .withReferences(
          new TableSchema.Reference("source_actor_id", "actors", "actor_id"),
          new TableSchema.Reference("target_actor_id", "actors", "actor_id"));

  public static final TableSchema STANCE_SHIFTS = new TableSchema(
      "stance_shifts",
      "One row per change detected in a (source, target) pair's daily mean stance (binary segmentation, permutation"
          + " test, Benjamini-Hochberg across pairs); recomputed over every published statement by each stance stage.",
      List.of("method", "source_actor_id", "target_actor_id", "change_date"),
      Optional.empty(),
      List.of(
          new ColumnDef("method", StringType, false, "The scoring method (stance_statements.method)."),
          new ColumnDef("source_actor_id", StringType, false, "Who holds the stance (actors.actor_id)."),
          new ColumnDef("target_actor_id", StringType, false, "Whom it is about (actors.actor_id)."),
          new ColumnDef("change_date", DateType, false,
              "First day (with statements) of the new level: the change happened after the last day before it."),
          new ColumnDef("change_rank", IntegerType, false,
              "Order in which binary segmentation found the change in this pair (1 = the strongest, tested across"
                  + " pairs)."),
          new ColumnDef("segment_start", DateType, false, "First day of the segment the change was found in."),
          new ColumnDef("segment_end", DateType, false, "Last day of that segment."),
          new ColumnDef("mean_before", DoubleType, false,
              "Mean score from segment_start to the day before change_date."),
          new ColumnDef("mean_after", DoubleType, false, "Mean score from change_date to segment_end."),
          new ColumnDef("delta", DoubleType, false, "mean_after - mean_before."),
          new ColumnDef("statistic", DoubleType, false,
              "Likelihood-ratio statistic of a mean shift at change_date: n_before n_after / n (mean_after -"
                  + " mean_before)^2 / variance of the segment's scores."),
          new ColumnDef("p_value", DoubleType, false,
              "Permutation p-value of the segment's largest statistic (days shuffled within the segment; exact when"
                  + " every order can be enumerated)."),
          new ColumnDef("q_value", DoubleType, false,
              "change_rank 1: Benjamini-Hochberg adjusted p-value over every pair tested; later changes: the running"
                  + " maximum p-value of the pair's later changes times tested / selected pairs."),
          new ColumnDef("n_before", LongType, false, "Statements before change_date in the segment."),
          new ColumnDef("n_after", LongType, false, "Statements from change_date on in the segment."),
          new ColumnDef("days_before", IntegerType, false, "Days with statements before change_date in the segment."),
          new ColumnDef("days_after", IntegerType, false, "Days with statements from change_date on in the segment."),
          new ColumnDef("evidence_before", DataTypes.createArrayType(EVIDENCE_TYPE, false), false,
              "The statements before the change that most strongly hold the old stance (largest |score| x"
                  + " confidence against the change's direction), with their entry ids."),
          new ColumnDef("evidence_after", DataTypes.createArrayType(EVIDENCE_TYPE, false), false,
              "The statements after it that most strongly hold the new stance."),
          ColumnDef.runId()))
      .withRules(
          new TableSchema.RowRule("delta is mean_after - mean_before",
              "abs(delta - (mean_after - mean_before)) < 1e-9"),
          new TableSchema.RowRule("the change is inside its segment",
              "segment_start < change_date AND change_date <= segment_end"),
          new TableSchema.RowRule("p and q are probabilities", "0 < p_value AND p_value <= q_value AND q_value <= 1"),
          new TableSchema.RowRule("each side has support",
              "n_before > 0 AND n_after > 0 AND days_before > 0 AND days_after > 0"))
      .withReferences(
          new TableSchema.Reference("source_actor_id", "actors", "actor_id"),
          new TableSchema.Reference("target_actor_id", "actors", "actor_id"));

  /** The stance tables in publishing order. */
  public static final List<TableSchema> ALL = List.of(STANCE_STATEMENTS, STANCE_SERIES, STANCE_SHIFTS);
}

package org.liveblog.analytics.stance;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.extract.CandidateStatement;
import org.liveblog.analytics.stance.extract.StatementExtraction;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.model.StanceModel;
import org.liveblog.analytics.stance.score.LexiconScoring;
import org.liveblog.analytics.stance.score.ScoredStatement;

/**
 * Rows of {@link StanceTables#STANCE_STATEMENTS}: candidate statements ({@link StatementExtraction}) scored by a
 * method ({@link LexiconScoring} by default) and given their entry's id. Pure: no reads, writes or actions.
 */
public final class StanceStatements {

  private StanceStatements() {}

  /**
   * The lexicon-scored statements of {@code sentences} and {@code mentions}. {@code entries} (rows of
   * {@link Tables#ENTRIES}; only entry_key and entry_id are read) give each statement its entry_id, which neither
   * sentences nor actor_mentions carry; they are joined to the statements, not to the sentences.
   */
  public static Dataset<Row> statements(Dataset<Row> entries, Dataset<Row> sentences, Dataset<Row> mentions,
      Broadcast<StanceLexicon> lexicon, Broadcast<ActorRoles> roles, DeadLetters deadLetters, String runId) {
    return statements(entries, sentences, mentions, lexicon, roles, null, deadLetters, runId);
  }

  /**
   * As above, scored by {@code model} when it is not null: the cheap extraction pass picks the candidates, and only
   * they are scored (the model's encoder, if it has one, is the costly part).
   */
  public static Dataset<Row> statements(Dataset<Row> entries, Dataset<Row> sentences, Dataset<Row> mentions,
      Broadcast<StanceLexicon> lexicon, Broadcast<ActorRoles> roles, StanceModel model, DeadLetters deadLetters,
      String runId) {
    InputColumns.require(StatementExtraction.STAGE, entries, Tables.ENTRIES, "entry_key", "entry_id");
    Dataset<CandidateStatement> candidates =
        StatementExtraction.candidates(sentences, mentions, lexicon, roles, deadLetters);
    return table(model == null ? LexiconScoring.score(candidates, lexicon, deadLetters)
        : model.score(candidates, lexicon, deadLetters), entries, runId);
  }

  /** Scored statements of any method as rows of {@link StanceTables#STANCE_STATEMENTS}, with entry ids from entries. */
  public static Dataset<Row> table(Dataset<ScoredStatement> scored, Dataset<Row> entries, String runId) {
    InputColumns.require(StatementExtraction.STAGE, entries, Tables.ENTRIES, "entry_key", "entry_id");
    Column sentenceStart = col("sentenceCharStart");
    Column hasSource = col("sourceMention").geq(0);
    Column sourceStart = when(hasSource, sentenceStart.plus(mentionAt("mentionStarts", "sourceMention")));
    Column sourceEnd = when(hasSource, sentenceStart.plus(mentionAt("mentionEnds", "sourceMention")));
    Column targetStart = sentenceStart.plus(mentionAt("mentionStarts", "targetMention"));
    Column targetEnd = sentenceStart.plus(mentionAt("mentionEnds", "targetMention"));
    // Cues are never null; coalesce only types the elements so for the schema.
    Column cues = transform(col("cues"), c -> coalesce(c, lit("")));
    Dataset<Row> rows = scored.toDF()
        .select(col("entryKey").as("entry_key"), col("outlet"), col("blogId").as("blog_id"),
            col("publishedAt").as("published_at"), col("sentenceIndex").as("sentence_index"),
            col("sourceActorId").as("source_actor_id"), col("sourceVia").as("source_via"),
            col("sourceRole").as("source_role"), sourceStart.as("source_char_start"),
            sourceEnd.as("source_char_end"), col("targetActorId").as("target_actor_id"),
            targetStart.as("target_char_start"), targetEnd.as("target_char_end"), col("inQuote").as("in_quote"),
            col("speaker"), col("speakerActorId").as("speaker_actor_id"), col("method"), col("score"),
            col("label"), col("confidence"), cues.as("cues"), col("cameoCode").as("cameo_code"), col("goldstein"),
            lit(runId).as(Tables.RUN_ID), col("publishedDate").as("published_date"))
        .join(entries.select(col("entry_key"), col("entry_id")), "entry_key");
    return StanceTables.STANCE_STATEMENTS.conform(rows);
  }

  /** The offset in array {@code offsets} of the mention whose index is in column {@code mention} (0-based). */
  private static Column mentionAt(String offsets, String mention) {
    return element_at(col(offsets), col(mention).plus(1));
  }
}

package org.liveblog.analytics.actors;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.matching.CandidatePhrases;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;

/**
 * Rows of {@link Tables#ACTOR_CANDIDATES}: per date, the name-like phrases of cased sentences that no registry form
 * matched, and the speakers no form matched, to grow the registry from. Pure but for the dead letters.
 */
public final class ActorCandidates {

  /** What the candidate function returns per phrase of a sentence; as_speaker -1 marks a sentence it threw on. */
  private static final StructType PHRASE_TYPE = new StructType()
      .add("phrase", DataTypes.StringType, false)
      .add("as_speaker", DataTypes.IntegerType, false);

  private static final int FAILED = -1;

  private ActorCandidates() {}

  public static Dataset<Row> candidates(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon,
      DeadLetters deadLetters, String runId) {
    InputColumns.require(ActorMentions.STAGE, sentences, Tables.SENTENCES, ActorMentions.SENTENCE_COLUMNS);
    Column found = udf(new PhraseFinder(lexicon), DataTypes.createArrayType(PHRASE_TYPE, false))
        .apply(col("text"), col("speaker"));
    Dataset<Row> phrases = sentences
        .select(col("published_date"), col("entry_key"), col("blog_id"), col("text").as("sentence"),
            explode(found).as("found"))
        .select(col("published_date"), col("found.phrase").as("phrase"), col("entry_key"), col("blog_id"),
            col("found.as_speaker").as("as_speaker"), col("sentence"));
    return phrases
        .filter(new Reported(phrases.schema(), deadLetters))
        .groupBy("published_date", "phrase")
        .agg(count(lit(1)).as("mentions"),
            count_distinct(col("entry_key")).as("entries"),
            count_distinct(col("blog_id")).as("blogs"),
            sum(col("as_speaker")).cast("long").as("as_speaker"),
            slice(array_sort(collect_set(col("entry_key"))), 1, 3).as("example_entry_keys"),
            min_by(col("sentence"), col("entry_key")).as("example_sentence"))
        .withColumn(Tables.RUN_ID, lit(runId));
  }

  /** Drops the marks of sentences the phrase finder threw on, reporting their entries. */
  private static final class Reported implements FilterFunction<Row> {
    private static final long serialVersionUID = 1L;
    private final int asSpeaker;
    private final int entryKey;
    private final int phrase;
    private final DeadLetters deadLetters;

    Reported(StructType schema, DeadLetters deadLetters) {
      this.asSpeaker = schema.fieldIndex("as_speaker");
      this.entryKey = schema.fieldIndex("entry_key");
      this.phrase = schema.fieldIndex("phrase");
      this.deadLetters = deadLetters;
    }

    @Override
    public boolean call(Row row) {
      if (row.getInt(asSpeaker) != FAILED) {
        return true;
      }
      deadLetters.add(new DeadLetter(row.getString(entryKey), ActorMentions.STAGE, row.getString(phrase)));
      return false;
    }
  }

  /** Per sentence (text, speaker): candidate phrases of cased text outside the matched spans, an unresolved speaker. */
  private static final class PhraseFinder implements UDF2<String, String, Row[]> {
    private static final long serialVersionUID = 1L;
    private static final Row[] NO_ROWS = new Row[0];
    private final Broadcast<ActorLexicon> lexicon;
    private transient AliasMatcher.Matches matches;

    PhraseFinder(Broadcast<ActorLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Row[] call(String text, String speaker) {
      if (matches == null) {
        matches = new AliasMatcher.Matches();
      }
      try {
        return find(text, speaker);
      } catch (RuntimeException e) {
        return new Row[] {RowFactory.create(DeadLetter.of("", ActorMentions.STAGE, "candidate phrases", e).detail(),
            FAILED)};
      }
    }

    private Row[] find(String text, String speaker) {
      ActorLexicon lex = lexicon.value();
      List<Row> phrases = new ArrayList<>();
      if (ActorLexicon.isCased(text)) {
        lex.matcherFor(text).match(text, matches);
        for (String phrase : CandidatePhrases.find(text, matches)) {
          phrases.add(RowFactory.create(phrase, 0));
        }
      }
      if (speaker != null) {
        lex.speakerMatcherFor(speaker).match(speaker, matches);
        if (matches.size() == 0 && !CandidatePhrases.isPronoun(speaker)) {
          phrases.add(RowFactory.create(CandidatePhrases.withoutArticle(speaker), 1));
        }
      }
      // Null rather than an empty array: explode makes no row of either, and null costs no conversion.
      return phrases.isEmpty() ? null : phrases.toArray(NO_ROWS);
    }
  }
}

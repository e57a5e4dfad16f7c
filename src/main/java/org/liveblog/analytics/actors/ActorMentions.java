package org.liveblog.analytics.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.text.Offsets;

/**
 * Actor mentions over the sentences: find every registry form in one pass per sentence ({@link AliasMatcher} in a
 * function of the text column, the lexicon broadcast once), then decide each span's actor with the context of its
 * blog and day ({@link MentionResolver}; the spans, not the texts, are shuffled for that). Pure but for the dead
 * letters: no reads, writes or actions. Offsets are code points of the entry's text.
 */
public final class ActorMentions {

  public static final String STAGE = ActorsStage.NAME;

  static final String[] SENTENCE_COLUMNS = {
    "entry_key", "outlet", "blog_id", "published_at", "published_date", "sentence_index", "char_start", "text",
    "is_quote", "speaker"
  };

  /** What the matching function returns per span of a sentence (the sentence's columns are kept by Spark). */
  private static final StructType FOUND_TYPE = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType, false)
      .add("forms", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  /** A span whose start is this marks a sentence the matcher threw on; its surface holds what it threw. */
  private static final int FAILED = -1;

  private ActorMentions() {}

  /** Rows of {@link Tables#ACTOR_MENTIONS} for {@code sentences} (rows of {@link Tables#SENTENCES}). */
  public static Dataset<Row> mentions(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon, DeadLetters deadLetters,
      String runId) {
    return resolve(spans(sentences, lexicon), lexicon, deadLetters, runId);
  }

  /**
   * Every matched span of every sentence, unresolved: the narrow matching pass alone, one output row per span (the
   * first half of {@link #mentions}; public for the benchmarks). Columns: entry_key, outlet, blog_id, published_at,
   * published_date, sentence_index, char_start, char_end (entry offsets), surface, forms (the lexicon's form indices
   * that matched exactly there), in_quote, speaker.
   */
  public static Dataset<Row> spans(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon) {
    InputColumns.require(STAGE, sentences, Tables.SENTENCES, SENTENCE_COLUMNS);
    // A function of the text column alone, exploded: the other columns never leave Spark's own rows, which costs far
    // less than handing every sentence to a flatMap as a Row. The speaker's forms and a title's parts are found
    // later, for the few spans that need them.
    Column found = udf(new SpanFinder(lexicon), DataTypes.createArrayType(FOUND_TYPE, false)).apply(col("text"));
    return sentences
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"), col("published_date"),
            col("sentence_index"), col("char_start"), col("is_quote"), col("speaker"), explode(found).as("span"))
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"), col("published_date"),
            col("sentence_index"), col("char_start").plus(col("span.start")).as("char_start"),
            col("char_start").plus(col("span.end")).as("char_end"), col("span.surface"), col("span.forms"),
            col("is_quote").as("in_quote"), col("speaker"), col("span.start").equalTo(FAILED).as("failed"));
  }

  /**
   * Decides the spans' actors: spans of one blog and day meet in one partition, in publishing order, so that a
   * surname can follow its full name.
   */
  static Dataset<Row> resolve(Dataset<Row> spans, Broadcast<ActorLexicon> lexicon, DeadLetters deadLetters,
      String runId) {
    Dataset<Row> sorted = spans
        .repartition(col("outlet"), col("blog_id"), col("published_date"))
        .sortWithinPartitions("outlet", "blog_id", "published_date", "published_at", "entry_key", "char_start");
    return sorted.mapPartitions(new ResolvedMentions(sorted.schema(), lexicon, deadLetters, runId),
        Encoders.row(Tables.ACTOR_MENTIONS.sparkType()));
  }

  /** Per sentence: its spans (offsets into the sentence, in code points), each with the forms that matched there. */
  private static final class SpanFinder implements UDF1<String, Row[]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorLexicon> lexicon;
    private transient AliasMatcher.Matches matches;

    SpanFinder(Broadcast<ActorLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Row[] call(String text) {
      if (matches == null) {
        matches = new AliasMatcher.Matches();
      }
      try {
        return find(text);
      } catch (RuntimeException e) {
        // The sentence's entry is reported when its spans are resolved, where its key is at hand.
        return new Row[] {RowFactory.create(FAILED, FAILED, DeadLetter.of("", STAGE, "matching", e).detail(),
            new Integer[0])};
      }
    }

    private Row[] find(String text) {
      ActorLexicon lex = lexicon.value();
      AliasMatcher matcher = lex.matcherFor(text);
      matcher.match(text, matches);
      if (matches.size() == 0) {
        return null;
      }
      int[] codePoints = Offsets.codePointIndex(text);
      Row[] spans = new Row[matches.size()];
      int count = 0;
      for (int i = 0; i < matches.size(); ) {
        int start = matches.start(i);
        int end = matches.end(i);
        int first = i;
        while (i < matches.size() && matches.start(i) == start) {
          i++;
        }
        if (!isPlace(lex, matcher, matches, first, i, text)) {
          spans[count++] = RowFactory.create(Offsets.toCodePoints(codePoints, start),
              Offsets.toCodePoints(codePoints, end), text.substring(start, end), boxed(matcher, matches, first, i));
        }
      }
      return count == 0 ? null : count == spans.length ? spans : Arrays.copyOf(spans, count);
    }
  }

  /** The forms of matches {@code first} until {@code end} (one span), boxed for Spark. */
  private static Integer[] boxed(AliasMatcher matcher, AliasMatcher.Matches matches, int first, int end) {
    Integer[] forms = new Integer[end - first];
    for (int i = first; i < end; i++) {
      forms[i - first] = matcher.payload(matches.pattern(i));
    }
    return forms;
  }

  /** Whether matches {@code first} until {@code end} (one span) are only metonyms, used as a place (MetonymModel). */
  private static boolean isPlace(ActorLexicon lexicon, AliasMatcher matcher, AliasMatcher.Matches matches, int first,
      int end, String text) {
    FormKind kind = lexicon.metonymKind(matcher, matches, first, end);
    return kind != null
        && lexicon.metonymModel().isPlace(text, matches.start(first), matches.end(first), kind == FormKind.CITY);
  }
}

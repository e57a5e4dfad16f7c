package org.liveblog.analytics.stance.extract;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * The candidate statements of a corpus: sentences with at least one resolved actor, joined with their mentions, through
 * {@link StatementExtractor} in one pass per partition. Pure: no reads, writes or actions. Only the mentions are
 * grouped; the sentences (the text) are shuffled once, for the join, narrowed to the columns extraction reads.
 */
public final class StatementExtraction {

  public static final String STAGE = "stance";

  private static final String[] SENTENCE_COLUMNS = {
    "entry_key", "outlet", "blog_id", "published_at", "published_date", "sentence_index", "char_start", "text",
    "is_quote", "speaker", "speaker_cue"
  };
  private static final String[] MENTION_COLUMNS = {
    "entry_key", "sentence_index", "char_start", "char_end", "actor_id", "speaker_actor_id"
  };

  private StatementExtraction() {}

  /**
   * Candidate statements of {@code sentences} (rows of {@link Tables#SENTENCES}) with {@code mentions} (rows of
   * {@link Tables#ACTOR_MENTIONS}); {@code roles} give a speaker's or subject's state or organisation that day.
   */
  public static Dataset<CandidateStatement> candidates(Dataset<Row> sentences, Dataset<Row> mentions,
      Broadcast<StanceLexicon> lexicon, Broadcast<ActorRoles> roles, DeadLetters deadLetters) {
    InputColumns.require(STAGE, sentences, Tables.SENTENCES, SENTENCE_COLUMNS);
    InputColumns.require(STAGE, mentions, Tables.ACTOR_MENTIONS, MENTION_COLUMNS);
    Dataset<Row> bySentence = mentions
        .groupBy(col("entry_key"), col("sentence_index"))
        .agg(array_sort(collect_list(struct(col("char_start").as("charStart"), col("char_end").as("charEnd"),
                col("actor_id").as("actorId")))).as("mentions"),
            first(col("speaker_actor_id"), true).as("speakerActorId"),
            max(col("actor_id").isNotNull()).as("resolved"))
        .filter(col("resolved"));
    Dataset<MentionedSentence> mentioned = sentences
        .select(SENTENCE_COLUMNS[0], Arrays.copyOfRange(SENTENCE_COLUMNS, 1, SENTENCE_COLUMNS.length))
        .join(bySentence, new String[] {"entry_key", "sentence_index"}, "inner")
        .select(col("entry_key").as("entryKey"), col("outlet"), col("blog_id").as("blogId"),
            col("published_at").as("publishedAt"), col("published_date").as("publishedDate"),
            col("sentence_index").as("sentenceIndex"), col("char_start").as("charStart"), col("text"),
            col("is_quote").as("inQuote"), col("speaker"), col("speaker_cue").as("speakerCue"),
            col("speakerActorId"), col("mentions"))
        .as(Encoders.bean(MentionedSentence.class));
    return mentioned.mapPartitions(new Extract(lexicon, roles, deadLetters), Encoders.bean(CandidateStatement.class));
  }

  /**
   * Per partition: one extractor, candidates produced sentence by sentence; a sentence extraction throws on gives no
   * candidates and reports its entry.
   */
  private static final class Extract implements MapPartitionsFunction<MentionedSentence, CandidateStatement> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<StanceLexicon> lexicon;
    private final Broadcast<ActorRoles> roles;
    private final DeadLetters deadLetters;

    Extract(Broadcast<StanceLexicon> lexicon, Broadcast<ActorRoles> roles, DeadLetters deadLetters) {
      this.lexicon = lexicon;
      this.roles = roles;
      this.deadLetters = deadLetters;
    }

    @Override
    public Iterator<CandidateStatement> call(Iterator<MentionedSentence> input) {
      StatementExtractor extractor = new StatementExtractor(lexicon.value(), roles.value());
      SentenceMentions sentence = new SentenceMentions();
      return new Iterator<>() {
        private Iterator<CandidateStatement> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && input.hasNext()) {
            MentionedSentence next = input.next();
            try {
              current = candidatesOf(next, extractor, sentence).iterator();
            } catch (RuntimeException e) {
              deadLetters.add(DeadLetter.of(next.getEntryKey(), STAGE, "sentence " + next.getSentenceIndex(), e));
            }
          }
          return current.hasNext();
        }

        @Override
        public CandidateStatement next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
    }
  }

  /**
   * The candidates of one sentence; offsets go from entry code points to sentence UTF-16 and back. A mention outside
   * its sentence means the inputs disagree (actor_mentions checks its offsets before it is published): it fails,
   * naming the entry and sentence, rather than guess.
   */
  static List<CandidateStatement> candidatesOf(MentionedSentence s, StatementExtractor extractor,
      SentenceMentions sentence) {
    String text = s.getText();
    boolean bmp = CodePoints.isBmpOnly(text);
    int length = bmp ? text.length() : text.codePointCount(0, text.length());
    List<MentionSpan> spans = s.getMentions();
    int n = spans.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    sentence.reset(text, s.getSpeakerActorId(), s.getSpeakerCue(), s.getPublishedDate().toLocalDate().toEpochDay());
    for (int m = 0; m < n; m++) {
      MentionSpan span = spans.get(m);
      starts[m] = span.getCharStart() - s.getCharStart();
      ends[m] = span.getCharEnd() - s.getCharStart();
      if (starts[m] < 0 || ends[m] <= starts[m] || ends[m] > length) {
        throw new IllegalStateException(STAGE + ": the mention at [" + span.getCharStart() + ", " + span.getCharEnd()
            + ") of entry " + s.getEntryKey() + " lies outside its sentence " + s.getSentenceIndex() + " at ["
            + s.getCharStart() + ", " + (s.getCharStart() + length) + ") (code points)");
      }
      sentence.add(CodePoints.toUtf16(text, starts[m], bmp), CodePoints.toUtf16(text, ends[m], bmp),
          span.getActorId());
    }
    List<StatementExtractor.Statement> found = extractor.extract(sentence);
    List<CandidateStatement> out = new ArrayList<>(found.size());
    for (StatementExtractor.Statement statement : found) {
      CandidateStatement c = new CandidateStatement();
      c.setEntryKey(s.getEntryKey());
      c.setOutlet(s.getOutlet());
      c.setBlogId(s.getBlogId());
      c.setPublishedAt(s.getPublishedAt());
      c.setPublishedDate(s.getPublishedDate());
      c.setSentenceIndex(s.getSentenceIndex());
      c.setSentenceCharStart(s.getCharStart());
      c.setText(text);
      c.setInQuote(s.isInQuote());
      c.setSpeaker(s.getSpeaker());
      c.setSpeakerActorId(s.getSpeakerActorId());
      c.setSourceActorId(statement.sourceActor());
      c.setSourceVia(statement.via());
      c.setSourceRole(statement.sourceRole());
      c.setSourceMention(statement.sourceMention());
      c.setTargetActorId(statement.targetActor());
      c.setTargetMention(statement.targetMention());
      c.setMentionStarts(starts);
      c.setMentionEnds(ends);
      out.add(c);
    }
    return out;
  }
}

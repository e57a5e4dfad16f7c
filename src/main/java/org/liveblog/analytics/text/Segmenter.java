package org.liveblog.analytics.text;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;

/**
 * Splits every entry into sentences and attributes speakers: one output row per sentence, offsets in code points. An
 * entry the splitter or the attributor throws on gives no rows and is reported as a dead letter.
 */
public final class Segmenter {

  public static final String STAGE = "sentences";

  private static final String[] INPUT_COLUMNS = {
    "entry_key", "outlet", "blog_id", "published_at", "published_date", "text", Tables.RUN_ID
  };

  private Segmenter() {}

  /**
   * Rows of {@link Tables#SENTENCES} for {@code entries} (rows of {@link Tables#ENTRIES}). Pure but for the dead
   * letters: no reads, writes or actions; entries without any text produce no rows.
   */
  public static Dataset<Row> sentences(Dataset<Row> entries, DeadLetters deadLetters) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, INPUT_COLUMNS);
    Dataset<Row> input = entries.selectExpr(INPUT_COLUMNS);
    return input.mapPartitions(new SentenceRows(input.schema(), deadLetters),
        Encoders.row(Tables.SENTENCES.sparkType()));
  }

  /** Per partition: one attributor (it reuses buffers), rows produced lazily entry by entry. */
  private static final class SentenceRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private static final TableSchema OUT = Tables.SENTENCES;
    private static final int ENTRY_KEY = OUT.index("entry_key");
    private static final int OUTLET = OUT.index("outlet");
    private static final int BLOG_ID = OUT.index("blog_id");
    private static final int PUBLISHED_AT = OUT.index("published_at");
    private static final int SENTENCE_INDEX = OUT.index("sentence_index");
    private static final int PARAGRAPH_INDEX = OUT.index("paragraph_index");
    private static final int PARAGRAPH_START = OUT.index("paragraph_start");
    private static final int PARAGRAPH_END = OUT.index("paragraph_end");
    private static final int CHAR_START = OUT.index("char_start");
    private static final int CHAR_END = OUT.index("char_end");
    private static final int TEXT = OUT.index("text");
    private static final int IS_QUOTE = OUT.index("is_quote");
    private static final int SPEAKER = OUT.index("speaker");
    private static final int SPEAKER_CUE = OUT.index("speaker_cue");
    private static final int RUN_ID = OUT.index(Tables.RUN_ID);
    private static final int PUBLISHED_DATE = OUT.index("published_date");

    private final int inKey;
    private final int inOutlet;
    private final int inBlog;
    private final int inPublishedAt;
    private final int inPublishedDate;
    private final int inText;
    private final int inRunId;
    private final DeadLetters deadLetters;

    SentenceRows(StructType input, DeadLetters deadLetters) {
      this.inKey = input.fieldIndex("entry_key");
      this.inOutlet = input.fieldIndex("outlet");
      this.inBlog = input.fieldIndex("blog_id");
      this.inPublishedAt = input.fieldIndex("published_at");
      this.inPublishedDate = input.fieldIndex("published_date");
      this.inText = input.fieldIndex("text");
      this.inRunId = input.fieldIndex(Tables.RUN_ID);
      this.deadLetters = deadLetters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      SpeakerAttributor attributor = new SpeakerAttributor();
      RowBuilder out = RowBuilder.of(OUT);
      return new Iterator<>() {
        private Row entry;
        private Segmentation segmentation;
        private Attribution[] attributions;
        private int[] codePoints;
        private int next;

        @Override
        public boolean hasNext() {
          while (segmentation == null || next >= segmentation.sentenceCount()) {
            if (!input.hasNext()) {
              return false;
            }
            entry = input.next();
            String text = entry.isNullAt(inText) ? "" : entry.getString(inText);
            try {
              segmentation = SentenceSplitter.split(text);
              attributions = attributor.attribute(segmentation);
              codePoints = Offsets.codePointIndex(text);
            } catch (RuntimeException e) {
              deadLetters.add(DeadLetter.of(entry.getString(inKey), STAGE, "entry", e));
              segmentation = null;
              continue;
            }
            next = 0;
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int s = next++;
          Attribution a = attributions[s];
          int paragraph = segmentation.sentenceParagraph(s);
          return out
              .set(ENTRY_KEY, entry.get(inKey))
              .set(OUTLET, entry.get(inOutlet))
              .set(BLOG_ID, entry.get(inBlog))
              .set(PUBLISHED_AT, entry.get(inPublishedAt))
              .set(SENTENCE_INDEX, s)
              .set(PARAGRAPH_INDEX, paragraph)
              .set(PARAGRAPH_START, Offsets.toCodePoints(codePoints, segmentation.paragraphStart(paragraph)))
              .set(PARAGRAPH_END, Offsets.toCodePoints(codePoints, segmentation.paragraphEnd(paragraph)))
              .set(CHAR_START, Offsets.toCodePoints(codePoints, segmentation.sentenceStart(s)))
              .set(CHAR_END, Offsets.toCodePoints(codePoints, segmentation.sentenceEnd(s)))
              .set(TEXT, segmentation.sentenceText(s))
              .set(IS_QUOTE, a.isQuote())
              .set(SPEAKER, a.speaker())
              .set(SPEAKER_CUE, a.cueCode())
              .set(RUN_ID, entry.get(inRunId))
              .set(PUBLISHED_DATE, entry.get(inPublishedDate))
              .build();
        }
      };
    }
  }
}

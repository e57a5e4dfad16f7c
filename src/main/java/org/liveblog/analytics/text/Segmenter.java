package org.liveblog.analytics.text;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;

/** The sentences stage: splits every entry into sentences and attributes speakers; one output row per sentence. */
public final class Segmenter {

  public static final String STAGE = "sentences";

  private static final String[] INPUT_COLUMNS = {
    "entry_key", "outlet", "blog_id", "published_at", "published_date", "text", Tables.RUN_ID
  };

  private Segmenter() {}

  /**
   * Rows of {@link Tables#SENTENCES} for {@code entries} (rows of {@link Tables#ENTRIES}). Pure: no reads, writes or
   * actions; entries without any text produce no rows.
   */
  public static Dataset<Row> sentences(Dataset<Row> entries) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, INPUT_COLUMNS);
    return entries
        .select(INPUT_COLUMNS[0], Arrays.copyOfRange(INPUT_COLUMNS, 1, INPUT_COLUMNS.length))
        .mapPartitions(new SentenceRows(), Encoders.row(Tables.SENTENCES.sparkType()));
  }

  /** Per partition: one attributor (it reuses buffers), rows produced lazily entry by entry. */
  private static final class SentenceRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      SpeakerAttributor attributor = new SpeakerAttributor();
      return new Iterator<>() {
        private Row entry;
        private Segmentation segmentation;
        private Attribution[] attributions;
        private int next;

        @Override
        public boolean hasNext() {
          while (segmentation == null || next >= segmentation.sentenceCount()) {
            if (!input.hasNext()) {
              return false;
            }
            entry = input.next();
            String text = entry.isNullAt(5) ? "" : entry.getString(5);
            segmentation = SentenceSplitter.split(text);
            attributions = attributor.attribute(segmentation);
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
          return RowFactory.create(
              entry.get(0),
              entry.get(1),
              entry.get(2),
              entry.get(3),
              s,
              segmentation.sentenceParagraph(s),
              segmentation.paragraphStart(segmentation.sentenceParagraph(s)),
              segmentation.paragraphEnd(segmentation.sentenceParagraph(s)),
              segmentation.sentenceStart(s),
              segmentation.sentenceEnd(s),
              segmentation.sentenceText(s),
              a.isQuote(),
              a.speaker(),
              a.cueCode(),
              entry.get(6),
              entry.get(4));
        }
      };
    }
  }
}

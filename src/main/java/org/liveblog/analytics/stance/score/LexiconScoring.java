package org.liveblog.analytics.stance.score;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.extract.CandidateStatement;
import org.liveblog.analytics.stance.extract.CodePoints;
import org.liveblog.analytics.stance.extract.StatementExtraction;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/** Scores candidate statements with the {@link LexiconScorer}, one scorer per partition. Pure: no actions. */
public final class LexiconScoring {

  private LexiconScoring() {}

  public static Dataset<ScoredStatement> score(Dataset<CandidateStatement> candidates,
      Broadcast<StanceLexicon> lexicon, DeadLetters deadLetters) {
    return candidates.mapPartitions(new Score(lexicon, deadLetters), Encoders.bean(ScoredStatement.class));
  }

  /** The candidate's stance: its mention offsets (sentence code points) turned into UTF-16 for the kernel. */
  static StanceScore scoreOf(CandidateStatement c, LexiconScorer scorer) {
    String text = c.getText();
    boolean bmp = CodePoints.isBmpOnly(text);
    int[] starts = c.getMentionStarts();
    int[] ends = c.getMentionEnds();
    if (!bmp) {
      starts = starts.clone();
      ends = ends.clone();
      for (int m = 0; m < starts.length; m++) {
        starts[m] = CodePoints.toUtf16(text, starts[m], false);
        ends[m] = CodePoints.toUtf16(text, ends[m], false);
      }
    }
    return scorer.score(text, starts, ends, starts.length, c.getSourceMention(), c.getTargetMention());
  }

  /** Per partition: one scorer; a statement it throws on is dropped and its entry reported. */
  private static final class Score implements MapPartitionsFunction<CandidateStatement, ScoredStatement> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<StanceLexicon> lexicon;
    private final DeadLetters deadLetters;

    Score(Broadcast<StanceLexicon> lexicon, DeadLetters deadLetters) {
      this.lexicon = lexicon;
      this.deadLetters = deadLetters;
    }

    @Override
    public Iterator<ScoredStatement> call(Iterator<CandidateStatement> input) {
      LexiconScorer scorer = new LexiconScorer(lexicon.value());
      return new Iterator<>() {
        private ScoredStatement pending;

        @Override
        public boolean hasNext() {
          while (pending == null && input.hasNext()) {
            CandidateStatement c = input.next();
            try {
              pending = ScoredStatement.of(c, scoreOf(c, scorer), LexiconScorer.METHOD);
            } catch (RuntimeException e) {
              deadLetters.add(DeadLetter.of(c.getEntryKey(), StatementExtraction.STAGE,
                  "scoring sentence " + c.getSentenceIndex(), e));
            }
          }
          return pending != null;
        }

        @Override
        public ScoredStatement next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          ScoredStatement next = pending;
          pending = null;
          return next;
        }
      };
    }
  }
}

package org.liveblog.analytics.stance.score;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.liveblog.analytics.stance.extract.CandidateStatement;
import org.liveblog.analytics.stance.extract.CodePoints;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/** Scores candidate statements with the {@link LexiconScorer}, one scorer per partition. Pure: no actions. */
public final class LexiconScoring {

  private LexiconScoring() {}

  public static Dataset<ScoredStatement> score(Dataset<CandidateStatement> candidates,
      Broadcast<StanceLexicon> lexicon) {
    return candidates.mapPartitions(new Score(lexicon), Encoders.bean(ScoredStatement.class));
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

  private static final class Score implements MapPartitionsFunction<CandidateStatement, ScoredStatement> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<StanceLexicon> lexicon;

    Score(Broadcast<StanceLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Iterator<ScoredStatement> call(Iterator<CandidateStatement> input) {
      LexiconScorer scorer = new LexiconScorer(lexicon.value());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return input.hasNext();
        }

        @Override
        public ScoredStatement next() {
          if (!input.hasNext()) {
            throw new NoSuchElementException();
          }
          CandidateStatement c = input.next();
          return ScoredStatement.of(c, scoreOf(c, scorer), LexiconScorer.METHOD);
        }
      };
    }
  }
}

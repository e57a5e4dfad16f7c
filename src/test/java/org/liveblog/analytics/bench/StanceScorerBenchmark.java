package org.liveblog.analytics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.extract.SentenceMentions;
import org.liveblog.analytics.stance.extract.StatementExtractor;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.score.LexiconScorer;
import org.liveblog.analytics.stance.score.StanceScore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stance kernels on real live-blog text, one thread: the sentences of the 2,839 lower-cased Guardian
 * Russia-Ukraine entries (read from ../shared/data, never copied), with actor mentions found once beforehand by the
 * default registry's matcher (each span taken as its first form's actor; resolution is the actors stage's cost, not
 * this one's). Two operations, each over the whole set: {@code extractAndScore} runs statement extraction on every
 * sentence and the lexicon scorer on every candidate (what the stance stage does per sentence); {@code scoreOnly}
 * runs the scorer on the candidates alone. Sentences/s = sentences per operation / (ms per op / 1000). Run with
 * bench/run-stance-benchmark.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class StanceScorerBenchmark {

  private static final Path SUBSET = MatcherBenchmark.SHARED.resolve(
      "liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl");

  /** One sentence with its mentions (UTF-16 offsets, actor ids) and day. */
  record Sentence(String text, int[] starts, int[] ends, String[] actors, long day) {}

  /** One candidate: its sentence and the source (-1 when none) and target mention indices. */
  record Candidate(Sentence sentence, int source, int target) {}

  List<Sentence> sentences;
  List<Candidate> candidates;
  StatementExtractor extractor;
  LexiconScorer scorer;
  SentenceMentions reusable;

  @Setup(Level.Trial)
  public void load() throws Exception {
    if (!Files.exists(SUBSET)) {
      throw new IllegalStateException("../shared/data is absent: the stance benchmark needs " + SUBSET);
    }
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    ActorLexicon actors = ActorLexicon.of(registry);
    StanceLexicon lexicon = StanceLexicon.defaultLexicon();
    extractor = new StatementExtractor(lexicon, ActorRoles.of(registry));
    scorer = new LexiconScorer(lexicon);
    reusable = new SentenceMentions();
    ObjectMapper json = new ObjectMapper();
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    sentences = new ArrayList<>();
    for (String line : Files.readAllLines(SUBSET)) {
      JsonNode entry = json.readTree(line);
      long day = LocalDate.parse(entry.get("time_iso").asText().substring(0, 10)).toEpochDay();
      for (JsonNode node : entry.get("sentences")) {
        String text = node.asText();
        AliasMatcher matcher = actors.matcherFor(text);
        matcher.match(text, matches);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
          if (i == 0 || matches.start(i) != matches.start(i - 1)) {
            int actor = actors.formActor(matcher.payload(matches.pattern(i)));
            spans.add(new int[] {matches.start(i), matches.end(i), actor});
          }
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] ids = new String[n];
        for (int m = 0; m < n; m++) {
          starts[m] = spans.get(m)[0];
          ends[m] = spans.get(m)[1];
          ids[m] = actors.actorId(spans.get(m)[2]);
        }
        sentences.add(new Sentence(text, starts, ends, ids, day));
      }
    }
    candidates = new ArrayList<>();
    for (Sentence s : sentences) {
      for (StatementExtractor.Statement st : extractor.extract(fill(s))) {
        candidates.add(new Candidate(s, st.sourceMention(), st.targetMention()));
      }
    }
    long withActors = sentences.stream().filter(s -> s.actors().length > 0).count();
    System.out.printf("%n%,d sentences, %,d with a mention, %,d candidate statements%n", sentences.size(),
        withActors, candidates.size());
  }

  private SentenceMentions fill(Sentence s) {
    reusable.reset(s.text(), null, null, s.day());
    for (int m = 0; m < s.starts().length; m++) {
      reusable.add(s.starts()[m], s.ends()[m], s.actors()[m]);
    }
    return reusable;
  }

  @Benchmark
  public void extractAndScore(Blackhole out) {
    for (Sentence s : sentences) {
      if (s.actors().length == 0) {
        continue;
      }
      for (StatementExtractor.Statement st : extractor.extract(fill(s))) {
        out.consume(scorer.score(s.text(), s.starts(), s.ends(), s.starts().length, st.sourceMention(),
            st.targetMention()));
      }
    }
  }

  @Benchmark
  public void scoreOnly(Blackhole out) {
    for (Candidate c : candidates) {
      Sentence s = c.sentence();
      StanceScore score = scorer.score(s.text(), s.starts(), s.ends(), s.starts().length, c.source(), c.target());
      out.consume(score);
    }
  }
}

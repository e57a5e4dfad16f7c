package org.liveblog.analytics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.topics.tagging.TopicScores;
import org.liveblog.analytics.topics.tagging.TopicTagger;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;
import org.liveblog.analytics.topics.taxonomy.importer.PhoenixIssueImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The topic tagger kernel on real live-blog text (the 2,839 lower-cased Guardian Russia-Ukraine entries, read from
 * ../shared/data), one thread, against a plain scan of the same strings in the same run: the default taxonomy and
 * the Phoenix issue coding converted by the importer. Each operation covers all texts, so MB/s = (UTF-8 MB of the
 * texts, printed at setup) / (ms per op / 1000). Run with bench/run-topic-tagger-benchmark.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TopicTaggerBenchmark {

  static final Path SHARED = Path.of("../shared/data");

  /** The texts, loaded once. */
  @State(Scope.Benchmark)
  public static class Texts {
    List<String> texts;

    @Setup(Level.Trial)
    public void load() throws Exception {
      Path file = SHARED.resolve("liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl");
      if (!Files.exists(file)) {
        throw new IllegalStateException("../shared/data is absent: the topic tagger benchmark needs " + file);
      }
      ObjectMapper json = new ObjectMapper();
      texts = new ArrayList<>();
      long bytes = 0;
      for (String line : Files.readAllLines(file)) {
        String text = json.readTree(line).get("text").asText();
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
      System.out.printf("%n%d texts, %.3f MB of UTF-8, %d chars%n", texts.size(), bytes / 1e6,
          texts.stream().mapToLong(String::length).sum());
    }
  }

  /** A tagger over one taxonomy. */
  @State(Scope.Benchmark)
  public static class Tagger {
    @Param({"default", "phoenix"})
    String taxonomy;

    TopicTagger tagger;
    TopicScores scores;
    final AliasMatcher.Matches matches = new AliasMatcher.Matches();

    @Setup(Level.Trial)
    public void build() throws Exception {
      Taxonomy t = taxonomy.equals("default") ? Taxonomy.defaultTaxonomy()
          : Taxonomy.parse(PhoenixIssueImporter.convert(
              SHARED.resolve("petrarch2-dictionaries/Phoenix.IssueCoding.txt")).taxonomyBytes(), "phoenix");
      tagger = TopicTagger.of(t);
      scores = tagger.newScores();
      System.out.printf("%n%s: %d topics, %d phrases%n", taxonomy, tagger.topicCount(), tagger.phraseCount());
    }
  }

  @Benchmark
  public long scan(Texts texts) {
    long sum = 0;
    for (String text : texts.texts) {
      for (int i = 0; i < text.length(); i++) {
        sum += text.charAt(i);
      }
    }
    return sum;
  }

  @Benchmark
  public long tag(Texts texts, Tagger tagger) {
    long found = 0;
    for (String text : texts.texts) {
      tagger.tagger.tag(text, tagger.scores, tagger.matches);
      found += tagger.scores.size();
    }
    return found;
  }
}

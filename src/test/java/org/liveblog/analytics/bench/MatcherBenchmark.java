package org.liveblog.analytics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.ActorForm;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.importer.PetrarchImporter;
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
 * The matcher kernel on real live-blog text (the 2,839 lower-cased Guardian Russia-Ukraine entries, 5.5 MB, read
 * from ../shared/data), one thread: a plain scan of every character (the floor), AliasMatcher with the
 * default registry and with the ~25k-actor PETRARCH import, and the naive alternative, one combined word-boundary
 * regex (default registry only: with 25k names it does not finish in useful time). Each operation covers all texts,
 * so MB/s = 5.5 / (ms per op / 1000). Run with bench/run-matcher-benchmark.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatcherBenchmark {

  static final Path SHARED = Path.of("../shared/data");

  /** The texts, loaded once. */
  @State(Scope.Benchmark)
  public static class Texts {
    List<String> texts;
    long chars;

    @Setup(Level.Trial)
    public void load() throws Exception {
      Path file = SHARED.resolve("liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl");
      if (!Files.exists(file)) {
        throw new IllegalStateException("../shared/data is absent: the matcher benchmark needs " + file);
      }
      ObjectMapper json = new ObjectMapper();
      texts = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        texts.add(json.readTree(line).get("text").asText());
      }
      chars = texts.stream().mapToLong(String::length).sum();
    }
  }

  /** A matcher over one dictionary. */
  @State(Scope.Benchmark)
  public static class Dictionary {
    @Param({"registry", "petrarch"})
    String dictionary;

    AliasMatcher matcher;
    final AliasMatcher.Matches matches = new AliasMatcher.Matches();

    @Setup(Level.Trial)
    public void build() throws Exception {
      matcher = AliasMatcher.forLowerCasedText(patterns(forms(dictionary)), Set.of());
      System.out.printf("%n%s: %d patterns%n", dictionary, matcher.patternCount());
    }
  }

  /** The combined regex over the default registry's forms. */
  @State(Scope.Benchmark)
  public static class Regex {
    java.util.regex.Pattern pattern;

    @Setup(Level.Trial)
    public void build() throws Exception {
      pattern = java.util.regex.Pattern.compile(forms("registry").stream()
          .map(f -> java.util.regex.Pattern.quote(f.text().toLowerCase(java.util.Locale.ROOT)))
          .distinct()
          .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
    }
  }

  static List<ActorForm> forms(String dictionary) throws Exception {
    if (dictionary.equals("registry")) {
      return ActorRegistry.defaultRegistry().allForms();
    }
    Path dictionaries = SHARED.resolve("petrarch2-dictionaries");
    PetrarchImporter.Result imported = new PetrarchImporter().importFiles(List.of(
        dictionaries.resolve("Phoenix.Countries.actors.txt"), dictionaries.resolve("Phoenix.International.actors.txt"),
        dictionaries.resolve("Phoenix.MilNonState.actors.txt")));
    return ActorRegistry.load(new ByteArrayInputStream(imported.registryBytes()), "petrarch").allForms();
  }

  static List<AliasMatcher.Pattern> patterns(List<ActorForm> forms) {
    List<AliasMatcher.Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      patterns.add(new AliasMatcher.Pattern(forms.get(i).text(),
          forms.get(i).caseRule().name().equals("SENSITIVE"), i));
    }
    return patterns;
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
  public long ahoCorasick(Texts texts, Dictionary dictionary) {
    long found = 0;
    for (String text : texts.texts) {
      dictionary.matcher.match(text, dictionary.matches);
      found += dictionary.matches.size();
    }
    return found;
  }

  @Benchmark
  public long combinedRegex(Texts texts, Regex regex) {
    long found = 0;
    for (String text : texts.texts) {
      Matcher m = regex.pattern.matcher(text);
      while (m.find()) {
        found++;
      }
    }
    return found;
  }
}

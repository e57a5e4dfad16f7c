package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The split {@link SpeakerAttributor} against {@link LegacySpeakerAttributor} (the class before the split) on every
 * sentence of the real texts in ../shared/data: every attribution must be equal, and the new one must not be slower
 * (timed only with -Dspeaker.bench=true). -Dspeaker.equivalence.full=true adds the whole UKP corpora.
 */
class SpeakerAttributorEquivalenceTest {

  private static final Path SHARED = Path.of("../shared/data");

  private record Corpus(String name, List<String> texts) {}

  @Test
  void wordListFilesHoldExactlyTheLegacyConstants() throws Exception {
    SpeakerWords words = SpeakerWords.load(SpeakerWords.FOLDER);
    Map<String, String> constants = Map.ofEntries(
        Map.entry("STOP", "stop-words.txt"), Map.entry("ROLES", "roles.txt"),
        Map.entry("PARTICLES", "name-particles.txt"), Map.entry("CONNECTORS", "name-connectors.txt"),
        Map.entry("PREPOSITIONS", "prepositions.txt"), Map.entry("DETERMINERS", "determiners.txt"),
        Map.entry("AUX", "verb-auxiliaries.txt"), Map.entry("AGENCY_AUX", "agency-auxiliaries.txt"),
        Map.entry("AGENCY_DESCRIPTORS", "agency-descriptors.txt"), Map.entry("END_OK", "name-end-words.txt"),
        Map.entry("INTRO_VERBS", "intro-verbs.txt"), Map.entry("CITE_VERBS", "cite-verbs.txt"),
        Map.entry("PARTICIPLES", "intro-participles.txt"), Map.entry("QUOTE_VERBS", "quote-verbs.txt"),
        Map.entry("REPORTED_VERBS", "reported-verbs.txt"), Map.entry("AGENCY_VERBS", "agency-verbs.txt"),
        Map.entry("NAMES_ENDING_IN_ED", "names-ending-in-ed.txt"));
    for (Map.Entry<String, String> e : constants.entrySet()) {
      assertThat(words.list(e.getValue())).as(e.getValue()).isEqualTo(legacy(e.getKey()));
    }
    assertThat(words.knownAgencies()).isEqualTo(legacy("KNOWN_AGENCIES"));
    Field clitics = LegacySpeakerAttributor.class.getDeclaredField("CLITICS");
    clitics.setAccessible(true);
    assertThat(Set.of(words.clitics())).isEqualTo(Set.of((String[]) clitics.get(null)));
    // The legacy pronoun test was a literal he/she/they.
    assertThat(words.list("pronouns.txt")).containsExactlyInAnyOrder("he", "she", "they");
  }

  @SuppressWarnings("unchecked")
  private static Set<String> legacy(String constant) throws ReflectiveOperationException {
    Field field = LegacySpeakerAttributor.class.getDeclaredField(constant);
    field.setAccessible(true);
    return (Set<String>) field.get(null);
  }

  @Test
  void sameAttributionsOnEverySentenceOfRealText() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), SHARED.toAbsolutePath().normalize()
        + " is absent: the equivalence check reads real text from there; skipped");
    boolean full = Boolean.getBoolean("speaker.equivalence.full");
    SpeakerAttributor current = new SpeakerAttributor();
    LegacySpeakerAttributor legacy = new LegacySpeakerAttributor();
    long differences = 0;
    System.out.println("| corpus | entries | sentences | attributions | quotes | differences |");
    System.out.println("|---|---|---|---|---|---|");
    for (Corpus corpus : corpora(full)) {
      long sentences = 0;
      long attributed = 0;
      long quotes = 0;
      long different = 0;
      Map<SpeakerCue, Long> cues = new EnumMap<>(SpeakerCue.class);
      for (int e = 0; e < corpus.texts().size(); e++) {
        Segmentation segmentation = SentenceSplitter.split(corpus.texts().get(e));
        Attribution[] expected = legacy.attribute(segmentation);
        Attribution[] actual = current.attribute(segmentation);
        assertThat(actual).hasSameSizeAs(expected);
        sentences += expected.length;
        for (int s = 0; s < expected.length; s++) {
          if (expected[s].cue() != null) {
            attributed++;
            cues.merge(expected[s].cue(), 1L, Long::sum);
          }
          quotes += expected[s].isQuote() ? 1 : 0;
          if (!expected[s].equals(actual[s])) {
            if (different++ < 10) {
              System.out.printf("DIFFERENT %s entry %d sentence %d: legacy %s, split %s%n  %s%n", corpus.name(), e, s,
                  expected[s], actual[s], segmentation.sentenceText(s));
            }
          }
        }
      }
      differences += different;
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d %s | %,d | %d |%n", corpus.name(), corpus.texts().size(),
          sentences, attributed, cues, quotes, different);
    }
    assertThat(differences).as("sentences attributed differently by the split attributor").isZero();
  }

  /**
   * Both attributors over the same segmented texts in one JVM: warm-up rounds, then rounds timed in ABBA order so
   * that neither always runs first; allocation per round from the thread's allocation counter.
   */
  @Test
  @EnabledIfSystemProperty(named = "speaker.bench", matches = "true")
  void notSlowerOnRealText() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), SHARED.toAbsolutePath().normalize()
        + " is absent: the benchmark reads real text from there; skipped");
    List<Segmentation> segmentations = new ArrayList<>();
    long chars = 0;
    long sentences = 0;
    for (Corpus corpus : corpora(false)) {
      if (corpus.name().startsWith("extra")) {
        continue;
      }
      for (String text : corpus.texts()) {
        Segmentation segmentation = SentenceSplitter.split(text);
        segmentations.add(segmentation);
        chars += text.length();
        sentences += segmentation.sentenceCount();
      }
    }
    SpeakerAttributor current = new SpeakerAttributor();
    LegacySpeakerAttributor legacy = new LegacySpeakerAttributor();
    Function<Segmentation, Attribution[]> split = current::attribute;
    Function<Segmentation, Attribution[]> old = legacy::attribute;
    int warmUp = Integer.getInteger("speaker.bench.warmup", 5);
    int rounds = Integer.getInteger("speaker.bench.rounds", 10);
    for (int r = 0; r < warmUp; r++) {
      round(old, segmentations);
      round(split, segmentations);
    }
    long[] oldNanos = new long[rounds];
    long[] splitNanos = new long[rounds];
    long[] oldCpu = new long[rounds];
    long[] splitCpu = new long[rounds];
    long[] oldProcess = new long[rounds];
    long[] splitProcess = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      boolean oldFirst = r % 2 == 0;
      if (oldFirst) {
        timed(old, segmentations, r, oldNanos, oldCpu, oldProcess);
      }
      timed(split, segmentations, r, splitNanos, splitCpu, splitProcess);
      if (!oldFirst) {
        timed(old, segmentations, r, oldNanos, oldCpu, oldProcess);
      }
    }
    long oldBytes = allocated(old, segmentations);
    long splitBytes = allocated(split, segmentations);
    Arrays.sort(oldNanos);
    Arrays.sort(splitNanos);
    Arrays.sort(oldCpu);
    Arrays.sort(splitCpu);
    Arrays.sort(oldProcess);
    Arrays.sort(splitProcess);
    System.out.printf(Locale.ROOT, "%,d entries, %,d sentences, %.1f M chars; %d warm-up and %d timed rounds each%n",
        segmentations.size(), sentences, chars / 1e6, warmUp, rounds);
    System.out.printf(Locale.ROOT, "legacy: median %.1f ms, best %.1f ms, %.1f M chars/s, %,d bytes allocated/round "
            + "(%.1f per sentence)%n", oldNanos[rounds / 2] / 1e6, oldNanos[0] / 1e6,
        chars / (oldNanos[rounds / 2] / 1e9) / 1e6, oldBytes, (double) oldBytes / sentences);
    System.out.printf(Locale.ROOT, "split:  median %.1f ms, best %.1f ms, %.1f M chars/s, %,d bytes allocated/round "
            + "(%.1f per sentence)%n", splitNanos[rounds / 2] / 1e6, splitNanos[0] / 1e6,
        chars / (splitNanos[rounds / 2] / 1e9) / 1e6, splitBytes, (double) splitBytes / sentences);
    System.out.printf(Locale.ROOT, "thread CPU time per round: legacy median %.1f ms, best %.1f ms; split median %.1f "
            + "ms, best %.1f ms%n", oldCpu[rounds / 2] / 1e6, oldCpu[0] / 1e6, splitCpu[rounds / 2] / 1e6,
        splitCpu[0] / 1e6);
    System.out.printf(Locale.ROOT, "process CPU time per round (with GC and JIT threads): legacy median %.1f ms, best "
            + "%.1f ms; split median %.1f ms, best %.1f ms%n", oldProcess[rounds / 2] / 1e6, oldProcess[0] / 1e6,
        splitProcess[rounds / 2] / 1e6, splitProcess[0] / 1e6);
    System.out.printf(Locale.ROOT, "split / legacy: wall median %.3f, best %.3f; thread CPU median %.3f, best %.3f; "
            + "process CPU median %.3f, best %.3f%n",
        (double) splitNanos[rounds / 2] / oldNanos[rounds / 2], (double) splitNanos[0] / oldNanos[0],
        (double) splitCpu[rounds / 2] / oldCpu[rounds / 2], (double) splitCpu[0] / oldCpu[0],
        (double) splitProcess[rounds / 2] / oldProcess[rounds / 2], (double) splitProcess[0] / oldProcess[0]);
    // CPU time, not wall time: the machine is shared, and waiting for a core is no cost of either attributor.
    assertThat((double) splitProcess[rounds / 2]).as("median process CPU time per round of the split attributor (ns)")
        .isLessThanOrEqualTo(oldProcess[rounds / 2] * 1.05);
  }

  private static long checksum;

  private static void round(Function<Segmentation, Attribution[]> attributor, List<Segmentation> segmentations) {
    long sum = 0;
    for (Segmentation segmentation : segmentations) {
      for (Attribution a : attributor.apply(segmentation)) {
        sum += a.cue() == null ? 0 : a.cue().ordinal() + 1 + (a.speaker() == null ? 0 : a.speaker().length());
      }
    }
    checksum += sum; // read below, so the rounds cannot be optimised away
  }

  /**
   * Wall time, this thread's CPU time and the process's CPU time, which also counts the garbage collector's threads
   * (the legacy class allocates a string per word it looks at) and is not stretched by other processes on the cores.
   */
  private static void timed(Function<Segmentation, Attribution[]> attributor, List<Segmentation> segmentations,
      int round, long[] wall, long[] cpu, long[] process) {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean system =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long processStart = system.getProcessCpuTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    round(attributor, segmentations);
    wall[round] = System.nanoTime() - start;
    cpu[round] = threads.getCurrentThreadCpuTime() - cpuStart;
    process[round] = system.getProcessCpuTime() - processStart;
  }

  private static long allocated(Function<Segmentation, Attribution[]> attributor, List<Segmentation> segmentations) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    round(attributor, segmentations);
    long bytes = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(checksum).isNotZero();
    return bytes;
  }

  /** The seed blog as one entry (its lines are paragraphs), headlines, and the UKP Russia-Ukraine subsets. */
  private static List<Corpus> corpora(boolean full) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Corpus> corpora = new ArrayList<>();
    List<String> seedLines = Files.readAllLines(SHARED.resolve("seed-liveblog/guardian-2023-04-06-excerpt.txt"));
    corpora.add(new Corpus("seed-liveblog (one entry)", List.of(String.join("\n\n", seedLines))));
    List<String> headlines = field(json, SHARED.resolve("headlines-fwd-news-2022/headlines.jsonl"), "title", false);
    corpora.add(new Corpus("headlines (title)", headlines));
    corpora.add(new Corpus("guardian subset (text)",
        field(json, SHARED.resolve("liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl"), "text", false)));
    corpora.add(new Corpus("bbc subset (text)",
        field(json, SHARED.resolve("liveblogs-bbc-ukp/entries_russia_ukraine_subset.jsonl"), "text", false)));
    // Extra cased text with entry-level state: 20 consecutive headlines as the paragraphs of one entry, so that
    // pronouns, antecedents and intro blocks cross paragraphs; and debate arguments (cased, not news).
    List<String> grouped = new ArrayList<>();
    for (int i = 0; i < headlines.size(); i += 20) {
      grouped.add(String.join("\n\n", headlines.subList(i, Math.min(headlines.size(), i + 20))));
    }
    corpora.add(new Corpus("extra: headlines, 20 per entry", grouped));
    List<String> arguments = new ArrayList<>();
    for (String file : List.of("arguments_train.csv", "arguments_dev.csv", "arguments_test.csv")) {
      CsvParserSettings settings = new CsvParserSettings();
      settings.setHeaderExtractionEnabled(true);
      settings.setMaxCharsPerColumn(-1);
      CsvParser parser = new CsvParser(settings);
      parser.parseAllRecords(SHARED.resolve("stance-ibm-argkp/" + file).toFile(), StandardCharsets.UTF_8)
          .forEach(record -> arguments.add(record.getString("argument")));
    }
    corpora.add(new Corpus("extra: argkp arguments", arguments));
    if (full) {
      corpora.add(new Corpus("extra: guardian ukp, all entries",
          field(json, SHARED.resolve("liveblogs-guardian-ukp/entries.jsonl.gz"), "text", true)));
      corpora.add(new Corpus("extra: bbc ukp, all entries",
          field(json, SHARED.resolve("liveblogs-bbc-ukp/entries.jsonl.gz"), "text", true)));
    }
    return corpora;
  }

  private static List<String> field(ObjectMapper json, Path file, String field, boolean gzip) throws IOException {
    List<String> values = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        gzip ? new GZIPInputStream(Files.newInputStream(file), 1 << 16) : Files.newInputStream(file),
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode value = json.readTree(line).get(field);
        values.add(value == null || value.isNull() ? "" : value.asText());
      }
    }
    return values;
  }
}

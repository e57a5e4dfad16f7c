package org.liveblog.analytics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTest {

  @Test
  void plantedRowCountsInClosedFormEqualACountOverEveryId() {
    // Periods chosen to overlap (gcd > 1) and not to, with and without a partial last period.
    long[][] cases = {{100_003, 1}, {99_999, 2}, {12_345, 3}, {1, 4}, {777, 5}};
    for (long[] c : cases) {
      GeneratorSettings settings = GeneratorSettings.of(c[0], c[1]).withShares(0.3, 0.01, 0.025);
      PlantedRows rows = new PlantedRows(settings);
      long rejects = 0;
      long duplicates = 0;
      Map<PlantedDefect, Long> byDefect = new EnumMap<>(PlantedDefect.class);
      for (long id = 0; id < settings.entries(); id++) {
        if (rows.isReject(id)) {
          rejects++;
          byDefect.merge(rows.defect(id), 1L, Long::sum);
        }
        if (rows.isDuplicated(id)) {
          duplicates++;
        }
      }
      assertThat(rows.rejectCount()).as("rejects of %s", settings).isEqualTo(rejects);
      assertThat(rows.duplicateCount()).as("duplicates of %s", settings).isEqualTo(duplicates);
      for (PlantedDefect defect : PlantedDefect.values()) {
        assertThat(rows.rejectCountByDefect().get(defect)).as("%s of %s", defect, settings)
            .isEqualTo(byDefect.getOrDefault(defect, 0L));
      }
    }
  }

  @Test
  void manifestStatesEveryPlantedSignal() {
    GroundTruth truth = new CorpusGenerator(GeneratorSettings.of(100_000, 11)).manifest();
    assertThat(truth.seed()).isEqualTo(11);
    assertThat(truth.startDate()).isEqualTo("2024-01-01");
    assertThat(truth.endDate()).isEqualTo("2024-06-28");
    assertThat(truth.outlets()).containsExactly("harbour-times", "the-ledger", "wire-daily");
    assertThat(truth.counts().rowsWritten()).isEqualTo(100_000 + truth.duplicates().count());
    assertThat(truth.rejects().total()).isEqualTo(200);
    assertThat(truth.rejects().byReason()).containsOnlyKeys("MISSING_FIELD", "TIMESTAMP_OUT_OF_RANGE", "EMPTY_BODY");
    assertThat(truth.rejects().byReason().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(200);
    assertThat(truth.duplicates().count()).isEqualTo(500);
    assertThat(truth.trends()).extracting(GroundTruth.Trend::direction).containsExactlyInAnyOrder("rising", "falling");
    assertThat(truth.spikes()).hasSize(1);
    assertThat(truth.stance().shifts()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(truth.stance().shifts()).filteredOn(s -> s.before().equals("cooperative") && s.after().equals("hostile"))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(truth.stance().controls()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(truth.topics().raisedPairs()).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(p -> assertThat(p.lift()).isGreaterThan(1.5));
    GroundTruth.Spike spike = truth.spikes().get(0);
    assertThat(truth.mentionProbabilityOn(spike.actor(), LocalDate.parse(spike.date())))
        .isEqualTo(spike.spikeProbability());
    assertThat(truth.mentionProbabilityOn("rutte", LocalDate.parse(truth.endDate()))).isEqualTo(0.26);
  }

  @Test
  void jsonIsSnakeCaseAndRoundTrips() {
    GroundTruth truth = new CorpusGenerator(GeneratorSettings.of(2000, 5)).manifest();
    String json = truth.toJson();
    assertThat(json).contains("\"rows_written\"", "\"start_date\"", "\"cooperative_cues\"", "\"raised_pairs\"");
    assertThat(GroundTruth.fromJson(json)).isEqualTo(truth);
  }

  @Test
  void writesThroughTheHadoopFileSystem(@TempDir Path dir) throws Exception {
    GroundTruth truth = new CorpusGenerator(GeneratorSettings.of(2000, 5)).manifest();
    String path = dir.resolve("out/ground_truth.json").toUri().toString();
    truth.write(path, new Configuration());
    assertThat(Files.readString(dir.resolve("out/ground_truth.json"))).isEqualTo(truth.toJson());
    assertThat(GroundTruth.read(path, new Configuration())).isEqualTo(truth);
  }
}

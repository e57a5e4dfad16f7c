package org.liveblog.analytics.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  @Test
  void defaultsAreThoseOfTheBrief() {
    GeneratorSettings settings = GeneratorSettings.of(1000, 7);
    assertThat(settings.startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(settings.days()).isEqualTo(180);
    assertThat(settings.outlets()).isEqualTo(3);
    assertThat(settings.htmlShare()).isEqualTo(0.3);
    assertThat(settings.plantedRejectShare()).isEqualTo(0.002);
    assertThat(settings.duplicateShare()).isEqualTo(0.005);
    assertThat(settings.endDate()).isEqualTo(LocalDate.of(2024, 6, 28));
  }

  @Test
  void rejectsBadValuesWithMessagesNamingTheOption() {
    GeneratorSettings ok = GeneratorSettings.of(10, 1);
    assertThatThrownBy(() -> GeneratorSettings.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--entries must be at least 1, got 0");
    assertThatThrownBy(() -> ok.withPeriod(LocalDate.of(2024, 1, 1), 0))
        .hasMessage("--days must be between 1 and 3660, got 0");
    assertThatThrownBy(() -> ok.withPeriod(LocalDate.of(1985, 1, 1), 10))
        .hasMessageStartingWith("--start-date must be between 1990-01-01");
    assertThatThrownBy(() -> ok.withShares(1.5, 0, 0))
        .hasMessage("--html-share must be between 0 and 1, got 1.5");
    assertThatThrownBy(() -> ok.withShares(0.3, 0.9, 0))
        .hasMessageStartingWith("--planted-reject-share must be 0 or between");
    assertThatThrownBy(() -> ok.withShares(0.3, 0, Double.NaN))
        .hasMessageStartingWith("--duplicate-share must be 0 or between");
    assertThatThrownBy(() -> new GeneratorSettings(10, 1, LocalDate.of(2024, 1, 1), 10, 7, 0.3, 0, 0))
        .hasMessage("--outlets must be between 1 and 6, got 7");
  }

  @Test
  void zeroSharesDisablePlantedRows() {
    GroundTruth truth = new CorpusGenerator(GeneratorSettings.of(5000, 3).withShares(0.3, 0, 0)).manifest();
    assertThat(truth.rejects().total()).isZero();
    assertThat(truth.duplicates().count()).isZero();
    assertThat(truth.counts().rowsWritten()).isEqualTo(5000);
  }
}

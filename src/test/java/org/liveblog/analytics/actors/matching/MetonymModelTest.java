package org.liveblog.analytics.actors.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model file, its arithmetic, and the shipped model on clear cases (its quality: docs/EVALUATION.md). */
class MetonymModelTest {

  private static MetonymModel read(String text) throws Exception {
    return MetonymModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void aLogisticRegressionOverTheFeatures() throws Exception {
    MetonymModel model = read("# a comment\nintercept\t-1\nthreshold\t0.5\nVERB\t2.5\nLOCATIVE\t-3\n");
    assertThat(model.probability(List.of())).isCloseTo(1 / (1 + Math.exp(1)), within(1e-12));
    assertThat(model.probability(List.of("VERB", "unknown"))).isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
    assertThat(model.isPlace("Moscow said no.", 0, 6, true)).isFalse();
    assertThat(model.isPlace("talks in Moscow", 9, 15, true)).isTrue();
    // Probability 0.82: the government at the file's threshold, a place at a stricter one; the same model file.
    MetonymModel strict = model.withThreshold(0.9);
    assertThat(strict.isPlace("Moscow said no.", 0, 6, true)).isTrue();
    assertThat(strict.threshold()).isEqualTo(0.9);
    assertThat(strict.contentHash()).isEqualTo(model.contentHash());
  }

  @Test
  void aBrokenFileNamesItsLine() {
    assertThatThrownBy(() -> read("intercept\t0\nthreshold\t0.5\nVERB two\n"))
        .hasMessageContaining("test.tsv line 3");
    assertThatThrownBy(() -> read("threshold\t0.5\n")).hasMessageContaining("needs an intercept");
  }

  @Test
  void theShippedModelOnClearCases() {
    MetonymModel model = MetonymModel.defaultModel();
    assertThat(government(model, "Moscow denied the report.", "Moscow", true)).isTrue();
    assertThat(government(model, "the kremlin 's strategy changed", "the kremlin", false)).isTrue();
    assertThat(government(model, "More aid to Kyiv was approved.", "Kyiv", true)).isTrue();
    assertThat(government(model, "a statement from the White House followed", "the White House", false)).isTrue();
    assertThat(government(model, "relations with moscow worsened", "moscow", true)).isTrue();
    assertThat(government(model, "Talks were held in Moscow.", "Moscow", true)).isFalse();
    assertThat(government(model, "they met at the White House", "the White House", false)).isFalse();
    assertThat(government(model, "our Moscow correspondent writes", "Moscow", true)).isFalse();
    assertThat(government(model, "the Paris agreement holds", "Paris", true)).isFalse();
    assertThat(government(model, "out on the streets of moscow today", "moscow", true)).isFalse();
    assertThat(government(model, "moscow 's stock market fell", "moscow", true)).isFalse();
  }

  private static boolean government(MetonymModel model, String sentence, String metonym, boolean city) {
    int start = sentence.indexOf(metonym);
    return !model.isPlace(sentence, start, start + metonym.length(), city);
  }
}

package org.liveblog.analytics.stance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  private static final String SENTENCE = "Germany praised France but condemned Russia.";

  private static SentenceEncoder encoder;

  @BeforeAll
  static void load() {
    encoder = SentenceEncoder.shared(EncoderSpec.miniLm(1));
  }

  @Test
  void gives384UnitVectorsEqualForEqualInput() {
    float[] first = encoder.encode(MarkedStatement.of(SENTENCE, 0, 7, 16, 22), SentenceEncoder.Pooling.MEAN);
    float[] again = encoder.encode(MarkedStatement.of(SENTENCE, 0, 7, 16, 22), SentenceEncoder.Pooling.MEAN);
    assertThat(first).hasSize(SentenceEncoder.DIMENSION).containsExactly(again);
    assertThat(norm(first)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void differentPairsOfOneSentenceGiveDifferentVectors() {
    for (SentenceEncoder.Pooling pooling : SentenceEncoder.Pooling.values()) {
      float[] france = encoder.encode(MarkedStatement.of(SENTENCE, 0, 7, 16, 22), pooling);
      float[] russia = encoder.encode(MarkedStatement.of(SENTENCE, 0, 7, 37, 43), pooling);
      assertThat(cosine(france, russia)).as(pooling.name()).isLessThan(0.999);
    }
  }

  @Test
  void batchedEncodingMatchesOneByOne() {
    List<MarkedStatement> statements = new ArrayList<>();
    statements.add(MarkedStatement.of(SENTENCE, 0, 7, 37, 43));
    statements.add(MarkedStatement.plain("Talks resumed."));
    statements.add(MarkedStatement.of("The minister of Poland thanked Canada for its long and patient support of the "
        + "grain corridor through the Black Sea.", 16, 22, 31, 37));
    float[][] batched = encoder.encode(statements, SentenceEncoder.Pooling.SPANS, 8);
    for (int i = 0; i < statements.size(); i++) {
      float[] single = encoder.encode(statements.get(i), SentenceEncoder.Pooling.SPANS);
      assertThat(cosine(batched[i], single)).as("statement " + i).isGreaterThan(0.99999);
    }
  }

  @Test
  void unmarkedSentenceGetsTheLibraryDefaultEmbedding() {
    float[] library = new AllMiniLmL6V2EmbeddingModel().embed(SENTENCE).content().vector();
    float[] ours = encoder.encode(MarkedStatement.plain(SENTENCE), SentenceEncoder.Pooling.MEAN);
    assertThat(cosine(library, ours)).isGreaterThan(0.9999);
  }

  @Test
  void oneInstancePerModelAndThreads() {
    assertThat(SentenceEncoder.shared(EncoderSpec.miniLm(1))).isSameAs(encoder);
  }

  @Test
  void aFileThatIsNotTheHashedOneIsRefused() {
    EncoderSpec spec = EncoderSpec.miniLm(1);
    EncoderSpec wrong = new EncoderSpec(spec.modelLocation(), spec.tokenizerLocation(), "0".repeat(64),
        spec.tokenizerSha256(), 2);
    assertThatThrownBy(() -> SentenceEncoder.shared(wrong))
        .hasMessageContaining("all-minilm-l6-v2.onnx has SHA-256 " + spec.modelSha256());
    assertThatThrownBy(() -> EncoderSpec.of("/nonexistent/model.onnx", spec.tokenizerLocation(), 1))
        .hasMessageContaining("encoder file /nonexistent/model.onnx does not exist");
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot / (norm(a) * norm(b));
  }

  static double norm(float[] a) {
    double sum = 0;
    for (float v : a) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum);
  }
}

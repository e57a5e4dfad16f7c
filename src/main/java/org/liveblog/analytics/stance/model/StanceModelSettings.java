package org.liveblog.analytics.stance.model;

import java.util.Arrays;

/**
 * How {@link StanceModel} is trained: features (n-grams, encoder, pooling), the cross-validation grid and folds, and
 * the encoder's batching. Immutable; {@link #defaults()} then {@code with...} (the job's configuration keys will map
 * onto these when the stance stage is wired).
 *
 * @param useEncoder add the sentence encoder's vector to the features (method {@code model+encoder})
 * @param pooling which token states make that vector
 * @param maxNgram n-grams from 1 up to this length
 * @param minDocFreq an n-gram enters the vocabulary when at least this many training texts hold it
 * @param folds cross-validation folds (by document: all statements of a document fall in one fold)
 * @param seed the seed of the fold assignment
 * @param regParams the L2 regularisation strengths the cross-validation chooses from
 * @param elasticNetParams the L1 shares (0: pure L2) it chooses from
 * @param maxIter iterations of each logistic regression fit
 * @param batchSize sentences per encoder call
 * @param encoderThreads ONNX Runtime threads per call
 */
public record StanceModelSettings(boolean useEncoder, SentenceEncoder.Pooling pooling, int maxNgram, int minDocFreq,
    int folds, long seed, double[] regParams, double[] elasticNetParams, int maxIter, int batchSize,
    int encoderThreads) {

  public StanceModelSettings {
    check(maxNgram >= 1 && maxNgram <= 4, "maxNgram must be 1 to 4, got " + maxNgram);
    check(minDocFreq >= 1, "minDocFreq must be at least 1, got " + minDocFreq);
    check(folds >= 2, "folds must be at least 2, got " + folds);
    check(regParams.length > 0 && Arrays.stream(regParams).allMatch(r -> r >= 0),
        "regParams must be one or more non-negative numbers, got " + Arrays.toString(regParams));
    check(elasticNetParams.length > 0 && Arrays.stream(elasticNetParams).allMatch(a -> a >= 0 && a <= 1),
        "elasticNetParams must be one or more numbers in [0, 1], got " + Arrays.toString(elasticNetParams));
    check(maxIter >= 1, "maxIter must be at least 1, got " + maxIter);
    check(batchSize >= 1, "batchSize must be at least 1, got " + batchSize);
    check(encoderThreads >= 1, "encoderThreads must be at least 1, got " + encoderThreads);
    regParams = regParams.clone();
    elasticNetParams = elasticNetParams.clone();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("stance model settings: " + message);
    }
  }

  /** No encoder, uni- and bigrams, 3 folds, L2 strengths 0.003, 0.03 and 0.3, batches of 32 with one thread. */
  public static StanceModelSettings defaults() {
    return new StanceModelSettings(false, SentenceEncoder.Pooling.MEAN, 2, 2, 3, 42L,
        new double[] {0.003, 0.03, 0.3}, new double[] {0.0}, 100, 32, 1);
  }

  public StanceModelSettings withEncoder(boolean useEncoder, SentenceEncoder.Pooling pooling) {
    return new StanceModelSettings(useEncoder, pooling, maxNgram, minDocFreq, folds, seed, regParams,
        elasticNetParams, maxIter, batchSize, encoderThreads);
  }

  public StanceModelSettings withNgrams(int maxNgram, int minDocFreq) {
    return new StanceModelSettings(useEncoder, pooling, maxNgram, minDocFreq, folds, seed, regParams,
        elasticNetParams, maxIter, batchSize, encoderThreads);
  }

  public StanceModelSettings withCrossValidation(int folds, long seed, double[] regParams, double[] elasticNetParams) {
    return new StanceModelSettings(useEncoder, pooling, maxNgram, minDocFreq, folds, seed, regParams,
        elasticNetParams, maxIter, batchSize, encoderThreads);
  }

  public StanceModelSettings withBatching(int batchSize, int encoderThreads) {
    return new StanceModelSettings(useEncoder, pooling, maxNgram, minDocFreq, folds, seed, regParams,
        elasticNetParams, maxIter, batchSize, encoderThreads);
  }

  @Override
  public double[] regParams() {
    return regParams.clone();
  }

  @Override
  public double[] elasticNetParams() {
    return elasticNetParams.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StanceModelSettings that && useEncoder == that.useEncoder && pooling == that.pooling
        && maxNgram == that.maxNgram && minDocFreq == that.minDocFreq && folds == that.folds && seed == that.seed
        && Arrays.equals(regParams, that.regParams) && Arrays.equals(elasticNetParams, that.elasticNetParams)
        && maxIter == that.maxIter && batchSize == that.batchSize && encoderThreads == that.encoderThreads;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(regParams) + Arrays.hashCode(elasticNetParams)
        + java.util.Objects.hash(useEncoder, pooling, maxNgram, minDocFreq, folds, seed, maxIter, batchSize,
            encoderThreads);
  }

  @Override
  public String toString() {
    return "StanceModelSettings[encoder " + (useEncoder ? pooling : "off") + ", n-grams 1-" + maxNgram
        + ", minDocFreq " + minDocFreq + ", folds " + folds + ", seed " + seed + ", regParams "
        + Arrays.toString(regParams) + ", elasticNetParams " + Arrays.toString(elasticNetParams) + ", maxIter "
        + maxIter + ", batch " + batchSize + ", threads " + encoderThreads + "]";
  }
}

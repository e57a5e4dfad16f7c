package org.liveblog.analytics.stance.model;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liveblog.analytics.actors.registry.ActorRegistry;

/**
 * A frozen sentence encoder (all-MiniLM-L6-v2 by default): Hugging Face tokenizer (DJL) and ONNX Runtime called
 * directly, sentences sorted by length and run in padded batches, the last hidden state mean-pooled over all tokens or
 * over the marked spans' tokens, L2-normalised. Loaded once per JVM and model hash ({@link #shared}); one instance
 * serves every task of an executor at once (ONNX Runtime sessions are thread-safe).
 */
public final class SentenceEncoder {

  public static final int DIMENSION = 384;
  /** The longest token sequence encoded, [CLS] and [SEP] included: sentence-transformers' setting for this model. */
  public static final int MAX_TOKENS = 256;

  /** Which token states make the sentence's vector. */
  public enum Pooling {
    /** Every token, [CLS] and [SEP] included, as sentence-transformers pools this model. */
    MEAN,
    /** The tokens of the marked source and target spans, markers included; every token when nothing is marked. */
    SPANS
  }

  private static final Map<String, SentenceEncoder> LOADED = new ConcurrentHashMap<>();

  private final EncoderSpec spec;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final long clsId;
  private final long sepId;
  private final long sourceMarkId;
  private final long targetMarkId;

  private SentenceEncoder(EncoderSpec spec, OrtEnvironment environment, OrtSession session,
      HuggingFaceTokenizer tokenizer) {
    this.spec = spec;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.clsId = singleTokenId("[CLS]", true);
    this.sepId = singleTokenId("[SEP]", true);
    this.sourceMarkId = singleTokenId(MarkedStatement.SOURCE_MARK, false);
    this.targetMarkId = singleTokenId(MarkedStatement.TARGET_MARK, false);
  }

  /**
   * The encoder of this JVM for {@code spec}, loaded on first use: every task of an executor gets the same instance,
   * so the 90 MB model is read and checked once per executor, not per task or row.
   */
  public static SentenceEncoder shared(EncoderSpec spec) {
    return LOADED.computeIfAbsent(spec.key(), key -> load(spec));
  }

  /** A new encoder with its own session (benchmarks compare settings with it; jobs use {@link #shared}). */
  public static SentenceEncoder load(EncoderSpec spec) {
    byte[] model = verified(spec.modelLocation(), spec.modelSha256());
    byte[] tokenizerJson = verified(spec.tokenizerLocation(), spec.tokenizerSha256());
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(spec.threads());
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(model, options);
      // Padding and truncation are ours (per batch, around the spans), not the file's fixed 128.
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
          Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false"));
      return new SentenceEncoder(spec, environment, session, tokenizer);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load encoder model " + spec.modelLocation(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read encoder tokenizer " + spec.tokenizerLocation(), e);
    }
  }

  private static byte[] verified(String location, String expectedSha256) {
    byte[] bytes = EncoderSpec.read(location);
    String actual = ActorRegistry.sha256(bytes);
    if (!actual.equals(expectedSha256)) {
      throw new IllegalStateException("encoder file " + location + " has SHA-256 " + actual + ", expected "
          + expectedSha256 + " (the file this job was configured or trained with)");
    }
    return bytes;
  }

  private long singleTokenId(String token, boolean special) {
    long[] ids = tokenizer.encode(token, false, false).getIds();
    if (ids.length != 1) {
      throw new IllegalStateException("tokenizer " + spec.tokenizerLocation() + " does not read " + token
          + " as one token" + (special ? "" : " (it marks spans)"));
    }
    return ids[0];
  }

  public EncoderSpec spec() {
    return spec;
  }

  /** One sentence's vector. */
  public float[] encode(MarkedStatement statement, Pooling pooling) {
    return encode(List.of(statement), pooling, 1)[0];
  }

  /**
   * The vectors of {@code statements}, in their order: sorted by token count and run {@code batchSize} at a time, so
   * that a batch pads to lengths close to its own.
   */
  public float[][] encode(List<MarkedStatement> statements, Pooling pooling, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    int n = statements.size();
    Tokens[] tokens = new Tokens[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = tokens(statements.get(i));
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(tokens[a].ids.length, tokens[b].ids.length));
    float[][] vectors = new float[n][];
    for (int from = 0; from < n; from += batchSize) {
      int to = Math.min(n, from + batchSize);
      Tokens[] batch = new Tokens[to - from];
      for (int i = from; i < to; i++) {
        batch[i - from] = tokens[order[i]];
      }
      float[][] pooled = run(batch, pooling);
      for (int i = from; i < to; i++) {
        vectors[order[i]] = pooled[i - from];
      }
    }
    return vectors;
  }

  /** A statement's token ids with [CLS], [SEP] and the span markers, and which tokens belong to a marked span. */
  private record Tokens(long[] ids, boolean[] inSpan) {}

  private Tokens tokens(MarkedStatement statement) {
    long[][] pieceIds = new long[statement.pieceCount()][];
    int total = 0;
    for (int p = 0; p < pieceIds.length; p++) {
      pieceIds[p] = tokenizer.encode(statement.piece(p), false, false).getIds();
      total += pieceIds[p].length + (statement.kind(p) == MarkedStatement.Piece.PLAIN ? 0 : 2);
    }
    long[] body = new long[total];
    boolean[] bodyInSpan = new boolean[total];
    int at = 0;
    int spanFrom = -1;
    int spanTo = -1;
    for (int p = 0; p < pieceIds.length; p++) {
      MarkedStatement.Piece kind = statement.kind(p);
      boolean span = kind != MarkedStatement.Piece.PLAIN;
      long mark = kind == MarkedStatement.Piece.SOURCE ? sourceMarkId : targetMarkId;
      int start = at;
      if (span) {
        body[at++] = mark;
      }
      System.arraycopy(pieceIds[p], 0, body, at, pieceIds[p].length);
      at += pieceIds[p].length;
      if (span) {
        body[at++] = mark;
        Arrays.fill(bodyInSpan, start, at, true);
        spanFrom = spanFrom < 0 ? start : spanFrom;
        spanTo = at;
      }
    }
    // Too long: keep the window of MAX_TOKENS - 2 body tokens centred on the spans (a sentence is rarely that long).
    int room = MAX_TOKENS - 2;
    int keepFrom = 0;
    if (total > room) {
      keepFrom = spanFrom < 0 ? 0 : Math.max(0, Math.min(total - room,
          spanTo - spanFrom >= room ? spanFrom : spanFrom - (room - (spanTo - spanFrom)) / 2));
      total = room;
    }
    long[] ids = new long[total + 2];
    boolean[] inSpan = new boolean[total + 2];
    ids[0] = clsId;
    System.arraycopy(body, keepFrom, ids, 1, total);
    System.arraycopy(bodyInSpan, keepFrom, inSpan, 1, total);
    ids[total + 1] = sepId;
    return new Tokens(ids, inSpan);
  }

  private float[][] run(Tokens[] batch, Pooling pooling) {
    int rows = batch.length;
    int width = 0;
    for (Tokens tokens : batch) {
      width = Math.max(width, tokens.ids.length);
    }
    long[] ids = new long[rows * width];
    long[] mask = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(batch[r].ids, 0, ids, r * width, batch[r].ids.length);
      Arrays.fill(mask, r * width, r * width + batch[r].ids.length, 1L);
    }
    long[] shape = {rows, width};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]),
          shape));
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return pool(batch, hidden, width, pooling);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a batch of " + rows + " sentences of up to " + width
          + " tokens", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[][] pool(Tokens[] batch, FloatBuffer hidden, int width, Pooling pooling) {
    float[][] vectors = new float[batch.length][];
    double[] sum = new double[DIMENSION];
    for (int r = 0; r < batch.length; r++) {
      Arrays.fill(sum, 0);
      boolean spansOnly = pooling == Pooling.SPANS && anyTrue(batch[r].inSpan);
      int count = 0;
      for (int t = 0; t < batch[r].ids.length; t++) {
        if (spansOnly && !batch[r].inSpan[t]) {
          continue;
        }
        int base = (r * width + t) * DIMENSION;
        for (int d = 0; d < DIMENSION; d++) {
          sum[d] += hidden.get(base + d);
        }
        count++;
      }
      double norm = 0;
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] /= count;
        norm += sum[d] * sum[d];
      }
      norm = Math.max(Math.sqrt(norm), 1e-12);
      float[] vector = new float[DIMENSION];
      for (int d = 0; d < DIMENSION; d++) {
        vector[d] = (float) (sum[d] / norm);
      }
      vectors[r] = vector;
    }
    return vectors;
  }

  private static boolean anyTrue(boolean[] values) {
    for (boolean value : values) {
      if (value) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens the encoder reads for a statement, [CLS] and [SEP] included (after the window cut). */
  public int tokenCount(MarkedStatement statement) {
    return tokens(statement).ids.length;
  }
}

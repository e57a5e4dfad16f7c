package org.liveblog.analytics.topics.taxonomy.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code topics import}: converts a PETRARCH/Phoenix issue coding into a taxonomy file and prints what it did. No
 * Spark: the CLI calls {@link #importIssues} directly.
 */
public final class TopicsImportCommand {

  public static final int OK = 0;
  /** Bad input (a missing dictionary, an unwritable output), as for a bad configuration. */
  public static final int BAD_INPUT = 2;

  private TopicsImportCommand() {}

  public static int importIssues(Path input, Path output, PrintStream out) {
    if (!Files.isRegularFile(input)) {
      out.println("topics import: issue coding " + input + " is not a readable file");
      return BAD_INPUT;
    }
    long started = System.nanoTime();
    try {
      IssueImportReport report = PhoenixIssueImporter.importIssues(input, output);
      out.println(report.summary());
      out.printf("wrote %s in %d ms%n", output, (System.nanoTime() - started) / 1_000_000);
      return OK;
    } catch (IOException e) {
      out.println("topics import: " + e);
      return BAD_INPUT;
    }
  }
}

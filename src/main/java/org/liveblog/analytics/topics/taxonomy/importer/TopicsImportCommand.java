package org.liveblog.analytics.topics.taxonomy.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code topics import-phoenix}: converts a PETRARCH/Phoenix issue coding into a taxonomy file and prints what it did.
 * Needs no Spark: the coding is one small text file read on the driver.
 */
@Command(name = "import-phoenix", mixinStandardHelpOptions = true,
    description = "Convert a PETRARCH/Phoenix issue coding (Phoenix.IssueCoding.txt) into a taxonomy file"
        + " (docs/TOPICS.md) for `topics --taxonomy FILE`: issue codes become topics, their blocks the groups.")
public final class TopicsImportCommand implements Callable<Integer> {

  public static final int OK = 0;
  /** Bad input (a missing dictionary, an unwritable output), as for a bad configuration. */
  public static final int BAD_INPUT = 2;

  @Parameters(index = "0", paramLabel = "ISSUE_CODING", description = "The issue coding, e.g. Phoenix.IssueCoding.txt.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Taxonomy file to write.")
  Path output;

  @Override
  public Integer call() {
    return importIssues(input, output, System.out, System.err);
  }

  /** Imports and reports on {@code out}, errors included (for callers with one console). */
  public static int importIssues(Path input, Path output, PrintStream out) {
    return importIssues(input, output, out, out);
  }

  public static int importIssues(Path input, Path output, PrintStream out, PrintStream err) {
    if (!Files.isRegularFile(input)) {
      err.println("liveblog topics import-phoenix: issue coding " + input + " is not a readable file");
      return BAD_INPUT;
    }
    long started = System.nanoTime();
    try {
      IssueImportReport report = PhoenixIssueImporter.importIssues(input, output);
      out.println(report.summary());
      out.printf("wrote %s in %d ms%n", output, (System.nanoTime() - started) / 1_000_000);
      return OK;
    } catch (IOException e) {
      err.println("liveblog topics import-phoenix: " + e);
      return BAD_INPUT;
    }
  }
}

package org.liveblog.analytics.actors.registry.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code actors import}: converts PETRARCH/Phoenix actor dictionaries into a registry file and prints what it did.
 * No Spark: the CLI calls {@link #importDictionaries} directly.
 */
public final class ActorsImportCommand {

  /** Exit code of a run that read and wrote everything. */
  public static final int OK = 0;
  /** Exit code of bad input (a missing dictionary, an unwritable output), as for a bad configuration. */
  public static final int BAD_INPUT = 2;

  private ActorsImportCommand() {}

  /** Imports {@code inputs} into the registry file {@code output}; prints the report (or the problem) to {@code out}. */
  public static int importDictionaries(List<Path> inputs, Path output, PrintStream out) {
    if (inputs.isEmpty()) {
      out.println("actors import: give at least one PETRARCH/Phoenix .actors.txt dictionary");
      return BAD_INPUT;
    }
    for (Path input : inputs) {
      if (!Files.isRegularFile(input)) {
        out.println("actors import: dictionary " + input + " is not a readable file");
        return BAD_INPUT;
      }
    }
    long started = System.nanoTime();
    try {
      ImportReport report = PetrarchImporter.importDictionaries(inputs, output);
      out.println(report.summary());
      out.printf("wrote %s in %d ms%n", output, (System.nanoTime() - started) / 1_000_000);
      return OK;
    } catch (IOException e) {
      out.println("actors import: " + e);
      return BAD_INPUT;
    }
  }
}

package org.liveblog.analytics.actors.registry.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code actors import}: converts PETRARCH/Phoenix actor dictionaries into a registry file and prints what it did.
 * Needs no Spark: the dictionaries are small text files read on the driver.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Convert PETRARCH/Phoenix actor dictionaries (e.g. Phoenix.Countries.actors.txt,"
        + " Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt) into a registry file"
        + " (docs/REGISTRY.md) with dated roles.")
public final class ImportCommand implements Callable<Integer> {

  /** Exit code of bad input (a missing dictionary, an unwritable output), as for a bad configuration. */
  static final int BAD_INPUT = 2;

  @Parameters(arity = "1..*", paramLabel = "DICTIONARY", description = "TABARI/PETRARCH .actors.txt files.")
  List<Path> inputs;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Registry file to write.")
  Path output;

  @Override
  public Integer call() {
    for (Path input : inputs) {
      if (!Files.isRegularFile(input)) {
        System.err.println("liveblog actors import: dictionary " + input + " is not a readable file");
        return BAD_INPUT;
      }
    }
    long started = System.nanoTime();
    try {
      ImportReport report = PetrarchImporter.importDictionaries(inputs, output);
      System.out.println(report.summary());
      System.out.printf("wrote %s in %d ms%n", output, (System.nanoTime() - started) / 1_000_000);
      return 0;
    } catch (IOException e) {
      System.err.println("liveblog actors import: " + e);
      return BAD_INPUT;
    }
  }
}

package org.liveblog.analytics.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liveblog.analytics.actors.ActorsImportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `actors`: registry tools. `actors import` converts PETRARCH/Phoenix actor dictionaries into the registry format. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Actor registry tools (the actors stage itself comes with the actors issue).",
    subcommands = ActorsCommand.Import.class)
final class ActorsCommand {

  /** Needs no Spark: the dictionaries are small text files read on the driver. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Convert PETRARCH/Phoenix actor dictionaries (e.g. Phoenix.Countries.actors.txt,"
          + " Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt) into a registry file"
          + " (docs/REGISTRY.md) with dated roles.")
  static final class Import implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DICTIONARY", description = "TABARI/PETRARCH .actors.txt files.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Registry file to write.")
    Path output;

    @Override
    public Integer call() {
      return ActorsImportCommand.importDictionaries(inputs, output, System.out);
    }
  }
}

package org.liveblog.analytics.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.registry.importer.ActorsImportCommand;
import org.liveblog.analytics.pipeline.RunJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `actors`: the actors stage alone over the published sentences (e.g. after a registry change), and `actors import`,
 * which converts PETRARCH/Phoenix actor dictionaries into the registry format.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Run the actors stage alone over the published sentences (all dates, or --date/--from/--to) and "
        + "publish actors, actor_mentions, actor_mention_counts and actor_candidates; other tables stay as they are.",
    subcommands = ActorsCommand.Import.class)
final class ActorsCommand extends ConfiguredCommand {

  @Mixin
  PublishOptions publish;

  @Mixin
  ActorOptions actorOptions;

  @Override
  void validate(JobConfig config) {
    JobConfig.required(config.warehouse(), ConfigKeys.WAREHOUSE);
  }

  @Override
  int run(SparkSession spark, JobConfig config) {
    RunJob.actorsOnly(spark, config, "actors").print(System.out);
    return 0;
  }

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

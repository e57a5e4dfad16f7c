package org.liveblog.analytics.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.liveblog.analytics.pipeline.RunJob;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stage.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One analysis alone over the published tables (`actors`, later `stance` and `topics`), e.g. after a registry or
 * model change: the same run loop as `run`, with one stage. Built for each stage of {@code Pipeline.analyses()}, with
 * the stage's options and its own commands (import, train, …) under it.
 */
@Command(mixinStandardHelpOptions = true)
final class StageCommand extends PublishingCommand {

  private final Stage stage;

  private StageCommand(Stage stage) {
    this.stage = stage;
  }

  static CommandLine commandLine(Stage stage) {
    CommandLine line = new CommandLine(new StageCommand(stage));
    CommandSpec spec = line.getCommandSpec();
    spec.name(stage.name());
    spec.usageMessage().description("Run the " + stage.name() + " stage alone over the published "
        + names(stage.reads()) + " (all dates, or --date/--from/--to) and publish " + names(stage.writes())
        + "; other tables stay as they are.");
    spec.addMixin(stage.name(), CommandSpec.forAnnotatedObject(stage));
    for (Object command : stage.commands()) {
      line.addSubcommand(command);
    }
    return line;
  }

  private static String names(List<TableSchema> tables) {
    return tables.stream().map(TableSchema::name).collect(Collectors.joining(", "));
  }

  @Override
  RunJob.Request request() {
    return new RunJob.Request(stage.name(), List.of(stage), publish, publish.scope(false), describe(), progress());
  }
}

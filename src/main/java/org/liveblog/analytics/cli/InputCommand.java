package org.liveblog.analytics.cli;

import picocli.CommandLine.Mixin;

/** Base of the commands that read live-blog input into a warehouse (ingest, run): their options and preconditions. */
abstract class InputCommand extends ConfiguredCommand {

  @Mixin
  InputOptions input;

  @Mixin
  PublishOptions publish;

  @Override
  void validate(JobConfig config) {
    JobConfig.required(config.input(), ConfigKeys.INPUT);
    JobConfig.required(config.warehouse(), ConfigKeys.WAREHOUSE);
  }
}

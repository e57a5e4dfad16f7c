package org.liveblog.analytics.cli;

import picocli.CommandLine.Option;

/** Options of the commands that run the actors stage (run, actors); read as config keys. */
final class ActorOptions {

  @Option(names = "--registry", paramLabel = "FILE",
      description = "Actor registry file (docs/REGISTRY.md); default: the registry shipped in the jar.")
  String registry;

  @Option(names = "--metonym-threshold", paramLabel = "P",
      description = "Probability at or above which a metonym counts as its government, not a place; default: the"
          + " shipped model's (0.50). Higher: fewer, surer metonyms (docs/EVALUATION.md).")
  String metonymThreshold;
}

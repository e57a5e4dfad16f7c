package org.liveblog.analytics.actors;

import java.nio.file.Path;
import org.liveblog.analytics.actors.registry.ActorRegistry;

/** Registries and dictionaries the actor tests share, written by the team under src/test/resources. */
public final class ActorFixtures {

  private ActorFixtures() {}

  /** Valid, invalid and PETRARCH fixture registries. */
  public static final Path REGISTRY_FIXTURES = Path.of("src/test/resources/fixtures/registry");

  /** A small registry with the cases the stage and resolver tests need. */
  public static final ActorRegistry STAGE_REGISTRY =
      ActorRegistry.load(Path.of("src/test/resources/actors/stage-registry.jsonl"));
}

package org.liveblog.analytics.actors.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One actor of the registry: a person, state, organisation, agency, media outlet, armed group or place, with the
 * surface forms that name it and, for a person, dated roles. {@code country} and {@code parent} may be null.
 */
public record Actor(
    String actorId,
    String name,
    ActorType type,
    String country,
    String parent,
    List<SurfaceForm> aliases,
    List<SurfaceForm> demonyms,
    List<SurfaceForm> metonyms,
    List<Role> roles) {

  public Actor {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    metonyms = List.copyOf(metonyms);
    roles = List.copyOf(roles);
  }

  /** Aliases, then demonyms, then metonyms. */
  public List<SurfaceForm> forms() {
    List<SurfaceForm> all = new ArrayList<>(aliases.size() + demonyms.size() + metonyms.size());
    all.addAll(aliases);
    all.addAll(demonyms);
    all.addAll(metonyms);
    return all;
  }
}

package org.liveblog.analytics.actors.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable set of actors that can be mentioned, loaded from a registry file (docs/REGISTRY.md) and checked
 * against every rule of the format when it is loaded.
 */
public final class ActorRegistry {

  /** The classpath resource of the default registry. */
  public static final String DEFAULT_RESOURCE = "/registry/actors.jsonl";

  private final String source;
  private final List<Actor> actors;
  private final Map<String, Actor> byId;
  private final String contentHash;

  private ActorRegistry(String source, List<Actor> actors, String contentHash) {
    this.source = source;
    this.actors = List.copyOf(actors);
    Map<String, Actor> index = new LinkedHashMap<>();
    for (Actor actor : actors) {
      index.put(actor.actorId(), actor);
    }
    this.byId = index;
    this.contentHash = contentHash;
  }

  /** Loads and validates a registry file; fails with {@link InvalidRegistryException} naming file, line and field. */
  public static ActorRegistry load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidRegistryException(file + ": cannot be read: " + e);
    }
    return parse(bytes, file.toString());
  }

  /** Loads and validates a registry from {@code in} (read to its end, not closed); {@code sourceName} names it in errors. */
  public static ActorRegistry load(InputStream in, String sourceName) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidRegistryException(sourceName + ": cannot be read: " + e);
    }
    return parse(bytes, sourceName);
  }

  /** The registry shipped on the classpath at {@value #DEFAULT_RESOURCE}. */
  public static ActorRegistry defaultRegistry() {
    return DefaultHolder.REGISTRY;
  }

  /** Validates the bytes of a registry file. */
  public static ActorRegistry parse(byte[] bytes, String sourceName) {
    return new ActorRegistry(sourceName, RegistryParser.parse(bytes, sourceName), sha256(bytes));
  }

  private static final class DefaultHolder {
    static final ActorRegistry REGISTRY = loadResource();

    private static ActorRegistry loadResource() {
      try (InputStream in = ActorRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The default registry " + DEFAULT_RESOURCE + " is not on the classpath");
        }
        return load(in, "classpath:" + DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the default registry " + DEFAULT_RESOURCE, e);
      }
    }
  }

  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every actor, in file order. */
  public List<Actor> actors() {
    return actors;
  }

  public int size() {
    return actors.size();
  }

  /** The file or resource the registry was loaded from. */
  public String source() {
    return source;
  }

  /** SHA-256 (lower-case hex) of the file bytes as loaded: it identifies the registry a run used. */
  public String contentHash() {
    return contentHash;
  }

  /** The roles {@code personId} held on {@code day} (from &lt;= day &lt; to), in registry order. */
  public List<Role> rolesOn(String personId, LocalDate day) {
    Objects.requireNonNull(day, "day");
    Actor actor = byId.get(personId);
    if (actor == null) {
      throw new IllegalArgumentException("'" + personId + "' is not an actor_id of the registry " + source);
    }
    return actor.roles().stream().filter(role -> role.heldOn(day)).toList();
  }

  /** Every (form, case rule, kind, actor) of the registry, actor by actor in file order; a shared form once per actor. */
  public List<ActorForm> allForms() {
    List<ActorForm> forms = new ArrayList<>();
    for (Actor actor : actors) {
      for (SurfaceForm form : actor.forms()) {
        forms.add(new ActorForm(form.text(), form.caseRule(), form.kind(), actor.actorId()));
      }
    }
    return forms;
  }

  /** The SHA-256 of {@code bytes}, in hex: the version of a registry or model file. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "ActorRegistry[" + source + ", " + actors.size() + " actors, sha256 " + contentHash.substring(0, 12) + "]";
  }
}

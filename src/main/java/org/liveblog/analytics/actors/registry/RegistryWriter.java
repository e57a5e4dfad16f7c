package org.liveblog.analytics.actors.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes actors as registry lines (docs/REGISTRY.md), leaving out defaults and empty lists. */
public final class RegistryWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryWriter() {}

  /** One actor as one JSON line (without the line break). */
  public static String toJsonLine(Actor actor) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("actor_id", actor.actorId());
    node.put("name", actor.name());
    node.put("type", actor.type().jsonValue());
    if (actor.country() != null) {
      node.put("country", actor.country());
    }
    if (actor.parent() != null) {
      node.put("parent", actor.parent());
    }
    putForms(node, "aliases", actor.aliases(), FormKind.NAME);
    putForms(node, "demonyms", actor.demonyms(), FormKind.DEMONYM);
    putForms(node, "metonyms", actor.metonyms(), FormKind.METONYM);
    if (!actor.roles().isEmpty()) {
      ArrayNode roles = node.putArray("roles");
      for (Role role : actor.roles()) {
        ObjectNode r = roles.addObject();
        r.put("role", role.role());
        r.put("of", role.of());
        r.put("from", role.from().toString());
        if (role.to() != null) {
          r.put("to", role.to().toString());
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write actor " + actor.actorId(), e);
    }
  }

  /** The bytes of a registry file holding {@code actors}, one line each. */
  public static byte[] toBytes(List<Actor> actors) {
    StringBuilder out = new StringBuilder(actors.size() * 200);
    for (Actor actor : actors) {
      out.append(toJsonLine(actor)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static void write(List<Actor> actors, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, toBytes(actors));
  }

  /** Writes the forms of one list; a form's kind only when it is not the list's default. */
  private static void putForms(ObjectNode node, String field, List<SurfaceForm> forms, FormKind defaultKind) {
    if (forms.isEmpty()) {
      return;
    }
    ArrayNode array = node.putArray(field);
    for (SurfaceForm form : forms) {
      ObjectNode f = array.addObject();
      f.put("text", form.text());
      if (form.caseRule() != CaseRule.INSENSITIVE) {
        f.put("case", form.caseRule().jsonValue());
      }
      if (form.kind() != defaultKind) {
        f.put("kind", form.kind().jsonValue());
      }
    }
  }
}

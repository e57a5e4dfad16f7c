package org.liveblog.analytics.stance.extract;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.Role;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.Tables;

/**
 * What statement extraction needs of the registry, flattened into sorted arrays to broadcast cheaply: each actor's
 * type, and each person's dated roles (role text, the state or organisation it is of, from and to as epoch days), so
 * that a speaker or subject can stand for the state or organisation whose role it holds that day.
 */
public final class ActorRoles implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String[] ids;
  private final String[] types;
  private final int[] roleStart;
  private final String[] roleText;
  private final String[] roleOf;
  private final long[] roleFrom;
  private final long[] roleTo;
  private final String registryHash;

  private ActorRoles(String[] ids, String[] types, int[] roleStart, String[] roleText, String[] roleOf,
      long[] roleFrom, long[] roleTo, String registryHash) {
    this.ids = ids;
    this.types = types;
    this.roleStart = roleStart;
    this.roleText = roleText;
    this.roleOf = roleOf;
    this.roleFrom = roleFrom;
    this.roleTo = roleTo;
    this.registryHash = registryHash;
  }

  public static ActorRoles of(ActorRegistry registry) {
    return build(registry.actors().stream()
        .map(a -> new Holder(a.actorId(), a.type().jsonValue(), a.roles())).toList(), registry.contentHash());
  }

  /**
   * The roles of the registry an {@link Tables#ACTORS} table holds, from its rows as collected (with their schema;
   * columns are found by name, so any column order or subset that includes actor_id, type, roles and registry_hash
   * will do), so that the stance stage uses the registry the published or staged actor tables were made with. Every
   * row must carry the same registry_hash (the table is replaced whole by each actors run); an empty table gives roles
   * of no actor.
   */
  public static ActorRoles fromRows(List<Row> rows) {
    List<Holder> actors = new ArrayList<>(rows.size());
    String hash = null;
    Columns c = null;
    for (Row row : rows) {
      if (c == null) {
        c = new Columns(row.schema());
      }
      String rowHash = row.getString(c.registryHash);
      if (hash == null) {
        hash = rowHash;
      } else if (!hash.equals(rowHash)) {
        throw new IllegalArgumentException("actors: rows of two registries (" + hash + " and " + rowHash + "); the"
            + " table should hold one registry, republish it with `liveblog actors`");
      }
      List<Row> roleRows = row.getList(c.roles);
      List<Role> roles = new ArrayList<>(roleRows.size());
      for (Row r : roleRows) {
        roles.add(new Role(r.getString(c.role), r.getString(c.of), localDate(r.get(c.from)), localDate(r.get(c.to))));
      }
      actors.add(new Holder(row.getString(c.actorId), row.getString(c.type), roles));
    }
    return build(actors, hash == null ? "" : hash);
  }

  /** Positions of the columns {@link #fromRows} reads, looked up by name once. */
  private static final class Columns {
    final int actorId;
    final int type;
    final int roles;
    final int registryHash;
    final int role;
    final int of;
    final int from;
    final int to;

    Columns(StructType schema) {
      if (schema == null) {
        throw new IllegalArgumentException("actors: rows without a schema; collect them from a Dataset of the table");
      }
      actorId = RowBuilder.index(schema, "actor_id");
      type = RowBuilder.index(schema, "type");
      roles = RowBuilder.index(schema, "roles");
      registryHash = RowBuilder.index(schema, "registry_hash");
      StructType roleType = (StructType) ((ArrayType) schema.fields()[roles].dataType()).elementType();
      role = RowBuilder.index(roleType, "role");
      of = RowBuilder.index(roleType, "of");
      from = RowBuilder.index(roleType, "from");
      to = RowBuilder.index(roleType, "to");
    }
  }

  /** Spark collects dates as java.sql.Date, or as LocalDate with spark.sql.datetime.java8API.enabled. */
  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  /** An actor as extraction sees it. */
  private record Holder(String id, String type, List<Role> roles) {}

  private static ActorRoles build(List<Holder> unsorted, String registryHash) {
    List<Holder> actors = new ArrayList<>(unsorted);
    actors.sort(Comparator.comparing(Holder::id));
    int n = actors.size();
    String[] ids = new String[n];
    String[] types = new String[n];
    int[] roleStart = new int[n + 1];
    List<Role> roles = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      ids[a] = actors.get(a).id();
      types[a] = actors.get(a).type();
      roleStart[a] = roles.size();
      roles.addAll(actors.get(a).roles());
    }
    roleStart[n] = roles.size();
    String[] text = new String[roles.size()];
    String[] of = new String[roles.size()];
    long[] from = new long[roles.size()];
    long[] to = new long[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      Role role = roles.get(r);
      text[r] = role.role();
      of[r] = role.of();
      from[r] = role.from().toEpochDay();
      to[r] = role.to() == null ? Long.MAX_VALUE : role.to().toEpochDay();
    }
    return new ActorRoles(ids, types, roleStart, text, of, from, to, registryHash);
  }

  /** Actors known. */
  public int size() {
    return ids.length;
  }

  /** The actor's type (actors.type), or null when the registry has no such actor. */
  public String type(String actorId) {
    int a = indexOf(actorId);
    return a < 0 ? null : types[a];
  }

  /**
   * The roles {@code actorId} held on {@code epochDay}, in registry order, as role indices for {@link #roleText} and
   * {@link #roleOf}; empty for an unknown actor or one without roles that day.
   */
  public int[] rolesOn(String actorId, long epochDay) {
    int a = indexOf(actorId);
    if (a < 0) {
      return NONE;
    }
    int[] held = null;
    int count = 0;
    for (int r = roleStart[a]; r < roleStart[a + 1]; r++) {
      if (roleFrom[r] <= epochDay && epochDay < roleTo[r]) {
        if (held == null) {
          held = new int[roleStart[a + 1] - r];
        }
        held[count++] = r;
      }
    }
    return held == null ? NONE : Arrays.copyOf(held, count);
  }

  public String roleText(int role) {
    return roleText[role];
  }

  public String roleOf(int role) {
    return roleOf[role];
  }

  /** SHA-256 of the registry the roles come from. */
  public String registryHash() {
    return registryHash;
  }

  private int indexOf(String actorId) {
    return actorId == null ? -1 : Arrays.binarySearch(ids, actorId);
  }

  private static final int[] NONE = new int[0];
}

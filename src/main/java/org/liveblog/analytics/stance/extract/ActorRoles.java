package org.liveblog.analytics.stance.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.Role;

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
    List<Actor> actors = new ArrayList<>(registry.actors());
    actors.sort(Comparator.comparing(Actor::actorId));
    int n = actors.size();
    String[] ids = new String[n];
    String[] types = new String[n];
    int[] roleStart = new int[n + 1];
    List<Role> roles = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      ids[a] = actors.get(a).actorId();
      types[a] = actors.get(a).type().jsonValue();
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
    return new ActorRoles(ids, types, roleStart, text, of, from, to, registry.contentHash());
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

package org.liveblog.analytics.stance.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.ActorsStage;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;

/** Roles read back from the actors table's rows are the roles of the registry that wrote them. */
class ActorRolesTest {

  private final SparkSession spark = SparkSessionExtension.session();

  @Test
  void theActorsTableGivesTheRegistrysRolesAndTypes() {
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    // As the stage reads it: the columns it needs, in another order than the table's.
    List<Row> rows = ActorsStage.registryRows(spark, registry, "r1")
        .select("registry_hash", "roles", "type", "actor_id").collectAsList();
    ActorRoles fromTable = ActorRoles.fromRows(rows);
    ActorRoles fromRegistry = ActorRoles.of(registry);
    assertThat(fromTable.size()).isEqualTo(registry.size());
    assertThat(fromTable.registryHash()).isEqualTo(registry.contentHash());
    List<LocalDate> days = List.of(LocalDate.of(2014, 3, 1), LocalDate.of(2022, 2, 24), LocalDate.of(2024, 6, 1));
    int withRoles = 0;
    for (Actor actor : registry.actors()) {
      assertThat(fromTable.type(actor.actorId())).as(actor.actorId()).isEqualTo(fromRegistry.type(actor.actorId()));
      for (LocalDate day : days) {
        assertThat(describe(fromTable, actor.actorId(), day)).as("%s on %s", actor.actorId(), day)
            .isEqualTo(describe(fromRegistry, actor.actorId(), day));
        withRoles += fromTable.rolesOn(actor.actorId(), day.toEpochDay()).length > 0 ? 1 : 0;
      }
    }
    assertThat(withRoles).as("actor-days with a role").isPositive();
    assertThat(fromTable.type("no-such-actor")).isNull();
  }

  @Test
  void anEmptyTableKnowsNoActorAndTwoRegistriesAreRefused() {
    assertThat(ActorRoles.fromRows(List.of()).size()).isZero();
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    List<Row> rows = new ArrayList<>(ActorsStage.registryRows(spark, registry, "r1").limit(2).collectAsList());
    Object[] other = new Object[rows.get(1).size()];
    for (int i = 0; i < other.length; i++) {
      other[i] = rows.get(1).get(i);
    }
    other[rows.get(1).fieldIndex("registry_hash")] = "another";
    rows.set(1, new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(other, rows.get(1).schema()));
    assertThatThrownBy(() -> ActorRoles.fromRows(rows)).hasMessageContaining("two registries")
        .hasMessageContaining("another");
  }

  private static List<String> describe(ActorRoles roles, String actorId, LocalDate day) {
    List<String> held = new ArrayList<>();
    for (int r : roles.rolesOn(actorId, day.toEpochDay())) {
      held.add(roles.roleText(r) + " of " + roles.roleOf(r));
    }
    return held;
  }
}

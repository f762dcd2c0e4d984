package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Test;

/** Without an engine: the id check describes an entity only when its id is invalid. */
class EntityIdCheckTest {

  private final DbEntityManager manager = new EntityIdCheck.Manager(() -> "generated-1", null);

  @Test
  void anEntityWithAValidIdIsInsertedWithoutBeingDescribed() {
    Entity entity = new Entity("row-1");

    manager.insert(entity);

    assertThat(manager.getCachedEntity(Entity.class, "row-1")).isSameAs(entity);
    assertThat(entity.described).as("toString calls").isZero();
  }

  @Test
  void anEntityWithoutIdGetsOneFromTheGenerator() {
    Entity entity = new Entity(null);

    manager.insert(entity);

    assertThat(entity.getId()).isEqualTo("generated-1");
    assertThat(entity.described).isZero();
  }

  @Test
  void theReservedIdFailsWithTheEnginesMessageNamingTheEntity() {
    Entity entity = new Entity("*");

    assertThatThrownBy(() -> manager.insert(entity)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity row(*) has an invalid id").hasMessageContaining("cannot be *");
    assertThat(manager.getCachedEntity(Entity.class, "*")).isNull();
  }

  @Test
  void aNullIdLeftByTheGeneratorFailsWithTheEnginesMessage() {
    DbEntityManager withoutIds = new EntityIdCheck.Manager(() -> null, null);

    assertThatThrownBy(() -> withoutIds.insert(new Entity(null))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity row(null) has an invalid id").hasMessageContaining("id is null");
  }

  /** An entity that counts how often it is turned into text. */
  static class Entity implements DbEntity {
    private String id;
    int described;

    Entity(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      described++;
      return "row(" + id + ")";
    }
  }
}

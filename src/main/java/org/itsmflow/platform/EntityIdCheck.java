package org.itsmflow.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.springframework.stereotype.Component;

/**
 * Camunda's entity manager with its id check writing the error message only for an invalid id.
 * Before each insert the engine checks that the entity has an id other than "*", and builds the
 * message "Entity ... has an invalid id" first, whatever the outcome: every history row, variable,
 * job and subscription it inserts was turned into text (its {@code toString}) for nothing, about 3 %
 * of the request threads' CPU in an incident's lifecycle (issue 17). An invalid id fails as in the
 * engine, with its message. Check {@code DbEntityManager.validateId} when upgrading Camunda.
 */
@Component
public class EntityIdCheck extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // The id generator is set up after the plugins' preInit; each session takes the one in use.
    EngineLists.addSession(configuration, DbEntityManager.class, () -> new Manager(configuration.getIdGenerator(),
        Context.getCommandContext().getSession(PersistenceSession.class)));
  }

  /** The engine's entity manager; the id check describes the entity only when it fails. */
  public static class Manager extends DbEntityManager {

    public Manager(IdGenerator ids, PersistenceSession session) {
      super(ids, session);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(entity);
      }
    }
  }
}

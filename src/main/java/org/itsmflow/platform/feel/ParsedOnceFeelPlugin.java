package org.itsmflow.platform.feel;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's decision tables the FEEL engine that parses each expression once (the
 * Spring Boot starter adds every plugin bean to the engine). Everything else about FEEL stays
 * Camunda's, including the custom function providers of the engine configuration; an engine
 * switched to the legacy (JUEL-based) FEEL keeps it.
 */
@Component
public class ParsedOnceFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new Factory(dmn));
  }

  /** Reads the function providers when the DMN engine is built: the engine hands them over only then. */
  private record Factory(DefaultDmnEngineConfiguration dmn) implements FeelEngineFactory {

    @Override
    public FeelEngine createInstance() {
      List<FeelCustomFunctionProvider> providers = dmn.getFeelCustomFunctionProviders();
      return new ParsedOnceScalaFeelEngine(providers == null ? List.of() : providers);
    }
  }
}

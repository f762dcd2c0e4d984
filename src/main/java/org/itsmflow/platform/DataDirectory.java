package org.itsmflow.platform;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * ITSM_DATA_DIR as an absolute path ({@code itsm.data-dir}): H2 refuses a file URL relative to
 * the working directory unless it starts with "./", and administrators write "data" as often
 * as "./data".
 */
public class DataDirectory implements EnvironmentPostProcessor {

  static final String PROPERTY = "itsm.data-dir";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty("ITSM_DATA_DIR", "./data");
    String absolute = Path.of(configured).toAbsolutePath().normalize().toString().replace('\\', '/');
    environment.getPropertySources().addLast(new MapPropertySource("itsmDataDirectory", Map.of(PROPERTY, absolute)));
  }
}

package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirectoryTest {

  @Test
  void relativeDataDirectoriesBecomeAbsolute() {
    assertThat(resolved("data")).isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
    assertThat(resolved("./data")).isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
    assertThat(resolved("/srv/itsm")).isEqualTo("/srv/itsm");
    assertThat(resolved(null)).isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
  }

  private static String resolved(String configured) {
    StandardEnvironment environment = new StandardEnvironment();
    if (configured != null) {
      environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("ITSM_DATA_DIR", configured)));
    }
    new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
    return environment.getProperty(DataDirectory.PROPERTY);
  }
}

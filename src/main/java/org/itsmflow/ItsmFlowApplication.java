package org.itsmflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ItsmFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(ItsmFlowApplication.class, args);
  }
}

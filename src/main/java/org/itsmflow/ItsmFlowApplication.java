package org.itsmflow;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ItsmFlowApplication {

  static {
    // The engine creates a DatatypeFactory for every timer cycle it plans (each record's SLA
    // deadlines); unless this names one, the JDK searches the whole class path for another
    // implementation every time (2 % of a request's CPU in benchmark scenario 1). No library here
    // provides one, so this names the implementation the search ends with.
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
          DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }

  public static void main(String[] args) {
    SpringApplication.run(ItsmFlowApplication.class, args);
  }
}

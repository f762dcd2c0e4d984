package org.itsmflow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage reports (target/process-test-coverage) for the process test classes,
 * inside the one shared test context: a second context would register a second engine named
 * "default". The 90 % floor is asserted by the process tests themselves (FlowNodeCoverage).
 */
@TestConfiguration
public class ProcessCoverage {

  @Bean
  ProcessEngineCoverageProperties processCoverage() {
    return ProcessEngineCoverageProperties.builder()
        .addInclusionPatternForTestClasses(".*ProcessTest")
        .excludeProcessDefinitionKeys("sla-clock", "sla-escalation-probe", "foundation-smoke", "change-outcome-probe")
        .build();
  }
}

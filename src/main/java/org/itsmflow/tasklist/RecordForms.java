package org.itsmflow.tasklist;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.record.RecordVariables;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Tasklist's forms read their record through both engine doors (see {@link RecordFormVariables}). */
@Configuration
class RecordForms {

  @Bean
  FilterRegistrationBean<RecordFormVariables> recordFormVariables(EngineAsSystem engine, TaskService taskService,
      RuntimeService runtimeService, RecordVariables records) {
    FilterRegistrationBean<RecordFormVariables> registration = new FilterRegistrationBean<>(
        new RecordFormVariables(engine, taskService, runtimeService, records));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // Inside the engine guard (LOWEST_PRECEDENCE - 100): it completes only answers the guard let through.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 50);
    return registration;
  }
}

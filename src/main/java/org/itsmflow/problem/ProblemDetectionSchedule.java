package org.itsmflow.problem;

import org.itsmflow.deployment.ModelHelper;
import org.springframework.stereotype.Component;

/**
 * The timer cycle of problem-detection's start event, read by the model as
 * {@code ${problemDetectionSchedule.cycle}} when it is deployed: operators change the schedule
 * by configuration, process owners keep the model.
 */
@ModelHelper
@Component("problemDetectionSchedule")
public class ProblemDetectionSchedule {

  private final ProblemProperties properties;

  ProblemDetectionSchedule(ProblemProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.detectionCycle();
  }
}

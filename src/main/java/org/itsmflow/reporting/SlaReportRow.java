package org.itsmflow.reporting;

/**
 * SLA attainment of one service, priority and target over a period.
 *
 * @param attainmentPercent met / (met + breached) * 100, one decimal
 */
public record SlaReportRow(
    String serviceCode, int priority, String target, long met, long breached, double attainmentPercent) {}

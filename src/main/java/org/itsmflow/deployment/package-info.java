/**
 * Deployment of the process owners' models (ISO/IEC 20000-1 7.5: versioned, controlled
 * documented information): BPMN, DMN and forms from the jar and from external folders,
 * only what changed, all or nothing.
 */
package org.itsmflow.deployment;

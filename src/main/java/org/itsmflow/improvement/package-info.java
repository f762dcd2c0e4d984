/**
 * Continual improvement (ISO 20000 10.2): the improvement register, process
 * continual-improvement and its REST API.
 */
package org.itsmflow.improvement;

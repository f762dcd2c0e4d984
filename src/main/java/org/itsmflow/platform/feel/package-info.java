/**
 * FEEL for the engine's decision tables: Camunda's own FEEL integration, with each expression
 * parsed once instead of on every evaluation.
 */
package org.itsmflow.platform.feel;

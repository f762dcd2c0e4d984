/**
 * Shared platform parts: start-up order, cluster-safe one-time work and the REST error format
 * (RFC 9457 problem details) every API of ITSM Flow uses.
 */
package org.itsmflow.platform;

/**
 * Nonconformity and corrective action (ISO 20000 10.1): process corrective-action, the
 * nonconformity records and their REST API.
 */
package org.itsmflow.nonconformity;

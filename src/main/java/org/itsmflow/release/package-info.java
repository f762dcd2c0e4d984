/**
 * Release and deployment management (ISO 20000 8.5.3): process release-deployment, release
 * records with their changes, tests, acceptances and CI baselines, release types, the REST API.
 */
package org.itsmflow.release;

/**
 * Service reporting (ISO/IEC 20000-1 9.4, 8.3.3: performance against targets), read from our
 * tables; imports no process package.
 */
package org.itsmflow.reporting;

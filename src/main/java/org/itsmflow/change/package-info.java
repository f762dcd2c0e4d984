/**
 * Change management (ISO/IEC 20000-1 8.5.1): requests for change, risk and change authority
 * by decision tables, CAB and ECAB, the schedule of change with freeze windows,
 * implementation, remediation and post-implementation review.
 */
package org.itsmflow.change;

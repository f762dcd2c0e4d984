/**
 * The record kernel: what every record type (incident, problem, change, release, service
 * request, improvement, nonconformity) shares, so that process packages do not retype it and
 * do not borrow it from each other. Today: the work log entry; the rest of the kernel (number,
 * status and transitions, locking, work notes, links, acting on the record's process) moves here
 * with issue 16.
 */
package org.itsmflow.record;

/**
 * What one process asks of another, and nothing else: each port is an interface its provider
 * implements ({@code incident.IncidentPortAdapter} for {@link org.itsmflow.ports.IncidentPort}),
 * with the records it answers in, and the messages the processes exchange. Process packages
 * never use each other's classes or tables ({@code architecture.PackageBoundariesTest}); they use
 * these ports, so that each can change its tables, its process and its code without the others.
 */
package org.itsmflow.ports;

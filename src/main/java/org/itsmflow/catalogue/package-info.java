/**
 * Service catalogue (ISO/IEC 20000-1 8.2.4) and configuration management (8.2.6): services
 * with their owners, criticality, support hours and dependencies; configuration items with
 * types, relationships and a full change history. Shared by the process packages.
 */
package org.itsmflow.catalogue;

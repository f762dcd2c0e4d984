/**
 * Who may do what (ISO/IEC 20000-1 7.5: controlled access to documented information): HTTP
 * Basic against the engine's users, one group per ISO 20000 role with its engine
 * authorizations, and the admin account.
 */
package org.itsmflow.security;

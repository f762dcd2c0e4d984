/**
 * Single sign-on with an OpenID Connect provider (Keycloak, Entra ID, Okta, ...): people sign in
 * to the workspace, the portal and Camunda's webapps at the provider; API clients send its bearer
 * tokens. Each person becomes (or stays) an engine user at sign-in, with the ITSM Flow groups the
 * provider's groups claim gives through a mapping file. On when ITSM_OIDC_ISSUER_URI is set
 * (docs/identity.md).
 */
package org.itsmflow.security.oidc;

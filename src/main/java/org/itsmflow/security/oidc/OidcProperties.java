package org.itsmflow.security.oidc;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenID Connect provider (ITSM_OIDC_*, docs/identity.md): its issuer, ITSM Flow's client at
 * it, the claims that name the person and their groups, the group mapping, the sign-in button's
 * label and, for bearer tokens, the audience they must be issued for.
 */
@ConfigurationProperties(prefix = "itsm.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, String name, String usernameClaim,
    String groupsClaim, Path groupMapping, String audience) {}

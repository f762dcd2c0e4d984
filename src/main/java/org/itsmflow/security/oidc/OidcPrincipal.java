package org.itsmflow.security.oidc;

import java.util.Collection;
import org.itsmflow.security.EngineUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in at the OpenID Connect provider: the provider's tokens (for the sign-out at
 * the provider) and the engine user it stands for; its name is the engine user's id.
 */
class OidcPrincipal extends DefaultOidcUser implements EngineUser.Carrier {

  private static final long serialVersionUID = 1L;

  private final EngineUser engineUser;

  OidcPrincipal(OidcUser signedIn, EngineUser engineUser, Collection<? extends GrantedAuthority> authorities,
      String usernameClaim) {
    super(authorities, signedIn.getIdToken(), signedIn.getUserInfo(), usernameClaim);
    this.engineUser = engineUser;
  }

  @Override
  public EngineUser engineUser() {
    return engineUser;
  }
}

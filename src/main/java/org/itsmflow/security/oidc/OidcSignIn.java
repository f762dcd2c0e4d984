package org.itsmflow.security.oidc;

import java.util.Collection;
import java.util.List;
import org.itsmflow.security.EngineUser;
import org.itsmflow.security.GroupAuthority;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * What SecurityConfig needs for single sign-on: the sign-in's user service (the provider's person
 * made an engine user with its mapped groups), the bearer tokens' converter (the same for API
 * clients), the decoder that checks a token's signature, issuer, audience and expiry, and the
 * sign-out that ends the provider's session too.
 */
public class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  public static final String REGISTRATION = "oidc";

  private final OidcProperties properties;
  private final OidcAccounts accounts;
  private final ClientRegistrationRepository registrations;
  private final JwtDecoder decoder;
  private final OidcUserService provider = new OidcUserService();

  OidcSignIn(OidcProperties properties, OidcAccounts accounts, ClientRegistrationRepository registrations,
      JwtDecoder decoder) {
    this.properties = properties;
    this.accounts = accounts;
    this.registrations = registrations;
    this.decoder = decoder;
  }

  /** The sign-in button's label: the provider's name. */
  public String name() {
    return properties.name() == null || properties.name().isBlank() ? "single sign-on" : properties.name();
  }

  public ClientRegistrationRepository registrations() {
    return registrations;
  }

  public JwtDecoder decoder() {
    return decoder;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser signedIn = provider.loadUser(request);
    EngineUser user;
    try {
      user = accounts.signIn(signedIn.getClaimAsString(properties.usernameClaim()), signedIn.getGivenName(),
          signedIn.getFamilyName(), signedIn.getEmail(), groups(signedIn.getClaimAsStringList(properties.groupsClaim())));
    } catch (OidcAccounts.RefusedException e) {
      throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user", e.getMessage(), null), e.getMessage());
    }
    return new OidcPrincipal(signedIn, user, authorities(user), properties.usernameClaim());
  }

  /** An API client's bearer token: the engine user it names, with its mapped groups. */
  public Converter<Jwt, AbstractAuthenticationToken> bearerTokens() {
    return jwt -> {
      EngineUser user;
      try {
        user = accounts.signIn(jwt.getClaimAsString(properties.usernameClaim()), jwt.getClaimAsString("given_name"),
            jwt.getClaimAsString("family_name"), jwt.getClaimAsString("email"),
            groups(jwt.getClaimAsStringList(properties.groupsClaim())));
      } catch (OidcAccounts.RefusedException e) {
        throw new InvalidBearerTokenException(e.getMessage());
      }
      return UsernamePasswordAuthenticationToken.authenticated(user, jwt, authorities(user));
    };
  }

  /** Signed out here, then at the provider, which sends the browser back to the sign-in page. */
  public LogoutSuccessHandler signOut() {
    OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    atProvider.setPostLogoutRedirectUri("{baseUrl}/login?signed-out");
    return atProvider;
  }

  private static List<String> groups(List<String> claim) {
    // Keycloak's "full group path" gives /IT Service Desk: the mapping names groups without it.
    return claim == null ? List.of() : claim.stream().map(g -> g.startsWith("/") ? g.substring(1) : g).toList();
  }

  private static Collection<SimpleGrantedAuthority> authorities(EngineUser user) {
    return user.groupIds().stream().map(GroupAuthority::of).map(SimpleGrantedAuthority::new).toList();
  }
}

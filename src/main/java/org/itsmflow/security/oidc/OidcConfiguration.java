package org.itsmflow.security.oidc;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.platform.InvalidConfigurationException;
import org.itsmflow.security.GroupMapping;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Single sign-on when ITSM_OIDC_ISSUER_URI is set: the provider's configuration is read from its
 * discovery document at start-up (a provider that cannot be reached stops the start, saying so).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

  @Bean
  @ConditionalOnExpression("!'${itsm.oidc.issuer-uri:}'.isBlank()")
  OidcSignIn oidcSignIn(OidcProperties properties, IdentityService identityService) {
    if (properties.clientId() == null || properties.clientId().isBlank()) {
      throw new InvalidConfigurationException("ITSM_OIDC_ISSUER_URI is set but ITSM_OIDC_CLIENT_ID is not",
          "Register ITSM Flow as a client at the provider and set ITSM_OIDC_CLIENT_ID and ITSM_OIDC_CLIENT_SECRET; "
              + "docs/identity.md");
    }
    GroupMapping mapping = GroupMapping.read(properties.groupMapping(), GroupMapping.Source.SIGN_IN_PROVIDER);
    ClientRegistration registration;
    NimbusJwtDecoder decoder;
    try {
      registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
          .registrationId(OidcSignIn.REGISTRATION)
          .clientId(properties.clientId())
          .clientSecret(properties.clientSecret())
          .scope("openid", "profile", "email")
          .userNameAttributeName(properties.usernameClaim())
          .build();
      decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
    } catch (RuntimeException e) {
      throw new InvalidConfigurationException("ITSM_OIDC_ISSUER_URI: the provider at " + properties.issuerUri()
          + " could not be asked for its configuration (" + e.getMessage() + ")",
          "Check the issuer URI (its /.well-known/openid-configuration must answer) and that the provider is up");
    }
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
    checks.add(JwtValidators.createDefaultWithIssuer(properties.issuerUri()));
    if (properties.audience() != null && !properties.audience().isBlank()) {
      checks.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
              "The token is not issued for " + properties.audience(), null)));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
    return new OidcSignIn(properties, new OidcAccounts(identityService, mapping),
        new InMemoryClientRegistrationRepository(registration), decoder);
  }
}

package org.itsmflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.record.RecordVariables;
import org.itsmflow.security.oidc.OidcSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing is reachable without a login except the health probe and the sign-in page. Our API and
 * the engine REST API take HTTP Basic against the engine's users (integrations); people sign in
 * once on our sign-in page, for the workspace and Camunda's webapps alike.
 */
@Configuration
public class SecurityConfig {

  // Matched on the whole path: the engine REST API runs in its own (Jersey) servlet, which
  // Spring MVC's path matching does not see.
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  private static final RequestMatcher API = PATHS.matcher("/api/**");
  private static final RequestMatcher ENGINE_REST = PATHS.matcher("/engine-rest/**");
  private static final RequestMatcher ADMIN_API = PATHS.matcher("/api/admin/**");
  // The administrators' alone, not the process owners': moving running instances to another
  // version of their model, taking the database's backup.
  private static final RequestMatcher ADMINS_ONLY = new OrRequestMatcher(PATHS.matcher("/api/admin/migrations"),
      PATHS.matcher("/api/admin/backup"));
  // The service catalogue and its SLAs (ISO 20000 8.2.4, 8.3.3) are the service owners' data.
  private static final RequestMatcher CATALOGUE_WRITES = writes(
      "/api/calendars/**", "/api/services/**", "/api/slas/**", "/api/cis", "/api/cis/**", "/api/ci-types/**");
  // Incidents are recorded and worked by the service desk, 2nd level support and incident managers.
  private static final RequestMatcher INCIDENT_WRITES = writes("/api/incidents", "/api/incidents/**");
  private static final RequestMatcher INCIDENT_PAGE_WRITES = writes("/incidents", "/incidents/**");
  private static final RequestMatcher RECORD_PAGE_WRITES = writes("/records/**");
  private static final RequestMatcher CHANGE_PAGE_WRITES = writes("/changes", "/changes/**");
  private static final RequestMatcher REPORT_PAGE_WRITES = writes("/reports/**");
  // The change policy's data (standard change models, freeze windows) belongs to change management.
  private static final RequestMatcher CHANGE_POLICY_WRITES = writes(
      "/api/change-templates/**", "/api/change-freezes", "/api/change-freezes/**");
  // Who may start change-management (RoleGroup); each action then needs a candidate of its task (ChangeController).
  private static final RequestMatcher CHANGE_WRITES = writes("/api/changes", "/api/changes/**");
  // Problems are raised and linked by those who handle incidents; each task action then needs a
  // candidate of its task (ProblemController).
  private static final RequestMatcher PROBLEM_WRITES = writes("/api/problems", "/api/problems/**");
  // Release managers plan releases and keep the release types; every other release action needs a
  // candidate of the task it completes (ReleaseController), whatever group deploys.
  private static final RequestMatcher RELEASE_PLANNING = writes("/api/releases", "/api/release-types/**");
  // The request catalogue belongs to the service owners; requests themselves are submitted by
  // anyone for themselves and worked by candidates of their tasks (RequestController).
  private static final RequestMatcher REQUEST_CATALOGUE_WRITES = writes("/api/request-items/**");
  // A service's monthly report text is its owner's.
  private static final RequestMatcher REPORT_WRITES = writes("/api/reports/**");
  // Nonconformities are recorded by the process owners (from audits, complaints, policy breaches).
  private static final RequestMatcher NONCONFORMITY_RECORDING = writes("/api/nonconformities");
  // Objectives and the audit programme belong to the process owners (top management's stand-in);
  // an audit's steps are worked in Tasklist by the candidates of its tasks.
  private static final RequestMatcher AUDIT_WRITES = writes("/api/objectives", "/api/objectives/**",
      "/api/audit-programme/**", "/api/internal-audits/**");
  private static final RequestMatcher AUDIT_PAGE_WRITES = writes("/objectives", "/objectives/**", "/audits/**");
  // Every member of staff requests services and suggests improvements, except auditors, who
  // change nothing.
  private static final RequestMatcher STAFF_WRITES = writes("/api/requests", "/api/requests/**",
      "/api/improvements", "/api/improvements/**", "/api/records/**");
  // The requester's own API and pages: every signed-in person, staff or not (PortalTickets scopes
  // each answer to the caller's own tickets).
  private static final RequestMatcher PORTAL_API = PATHS.matcher("/api/portal/**");
  private static final RequestMatcher PORTAL_PAGES = new OrRequestMatcher(PATHS.matcher("/portal"),
      PATHS.matcher("/portal/**"));
  private static final RequestMatcher ACTUATOR = PATHS.matcher("/actuator/**");
  private static final RequestMatcher HEALTH = new OrRequestMatcher(
      PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"));
  private static final RequestMatcher WEBAPPS = new OrRequestMatcher(
      PATHS.matcher("/camunda"), PATHS.matcher("/camunda/**"));
  private static final RequestMatcher WEBAPP_DATA = PATHS.matcher("/camunda/api/**");
  private static final RequestMatcher WEBAPP_SIGN_OUT = PATHS.matcher(HttpMethod.POST,
      "/camunda/api/admin/auth/user/{engine}/logout");
  private static final RequestMatcher SIGN_IN_PAGE = PATHS.matcher("/login");
  // The webapps' scripts and styles hold no data; their pages and data requests need the session.
  private static final RequestMatcher WEBAPP_CODE = new OrRequestMatcher(
      PATHS.matcher("/camunda/app/{app}/scripts/**"), PATHS.matcher("/camunda/app/{app}/styles/**"),
      PATHS.matcher("/camunda/app/itsm-sign-in.js"));

  private static String[] incidentWorkers() {
    return new String[] {GroupAuthority.of(RoleGroup.SERVICE_DESK), GroupAuthority.of(RoleGroup.SUPPORT_2ND_LEVEL),
        GroupAuthority.of(RoleGroup.INCIDENT_MANAGERS), GroupAuthority.admin()};
  }

  private static String[] changeRequesters() {
    return new String[] {GroupAuthority.of(RoleGroup.SUPPORT_2ND_LEVEL), GroupAuthority.of(RoleGroup.PROBLEM_MANAGERS),
        GroupAuthority.of(RoleGroup.CHANGE_MANAGERS), GroupAuthority.of(RoleGroup.CAB),
        GroupAuthority.of(RoleGroup.RELEASE_MANAGERS), GroupAuthority.of(RoleGroup.SERVICE_OWNERS), GroupAuthority.admin()};
  }

  /** Every role group (auditors read) and the administrators: who works in the workspace. */
  private static String[] staff() {
    List<String> authorities = new ArrayList<>();
    for (RoleGroup role : RoleGroup.values()) {
      authorities.add(GroupAuthority.of(role));
    }
    authorities.add(GroupAuthority.admin());
    return authorities.toArray(String[]::new);
  }

  private static String[] staffExceptAuditors() {
    List<String> authorities = new ArrayList<>();
    for (RoleGroup role : RoleGroup.values()) {
      if (role != RoleGroup.AUDITORS) {
        authorities.add(GroupAuthority.of(role));
      }
    }
    authorities.add(GroupAuthority.admin());
    return authorities.toArray(String[]::new);
  }

  /**
   * Spring Security's defaults (nosniff, frame denial, no caching of answers, HSTS on requests
   * that came over HTTPS, directly or as X-Forwarded-Proto from a trusted proxy) and no
   * record URLs in the Referer header sent to other sites.
   */
  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  private static RequestMatcher writes(String... patterns) {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
        matchers.add(PATHS.matcher(method, pattern));
      }
    }
    return new OrRequestMatcher(matchers);
  }

  /**
   * After Spring Security (engine REST: Basic) and beside the webapps' own session login
   * (Tasklist, Cockpit): the checks our API has, on the engine's doors.
   */
  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(EngineAsSystem engine, TaskService taskService,
      FormService formService, RepositoryService repositoryService, EngineApiErrors errors,
      RuntimeService runtimeService, RecordVariables records) {
    FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
        new EngineApiGuard(engine, taskService, formService, repositoryService, errors, runtimeService, records));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      ProblemResponses problems, IdentityService identityService, ObjectProvider<OidcSignIn> singleSignOn)
      throws Exception {
    OidcSignIn oidc = singleSignOn.getIfAvailable();
    if (oidc != null) {
      // API clients may send the provider's bearer tokens besides HTTP Basic (docs/identity.md).
      http.oauth2ResourceServer(tokens -> tokens
          .jwt(jwt -> jwt.decoder(oidc.decoder()).jwtAuthenticationConverter(oidc.bearerTokens()))
          .authenticationEntryPoint(problems));
    }
    return http
        .securityMatcher(new OrRequestMatcher(API, ENGINE_REST))
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PORTAL_API).authenticated()
            .requestMatchers(ADMINS_ONLY).hasAuthority(GroupAuthority.admin())
            .requestMatchers(ADMIN_API)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.PROCESS_OWNERS), GroupAuthority.admin())
            .requestMatchers(INCIDENT_WRITES).hasAnyAuthority(incidentWorkers())
            .requestMatchers(CHANGE_POLICY_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.CHANGE_MANAGERS), GroupAuthority.admin())
            .requestMatchers(CHANGE_WRITES).hasAnyAuthority(changeRequesters())
            .requestMatchers(PROBLEM_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.SERVICE_DESK), GroupAuthority.of(RoleGroup.SUPPORT_2ND_LEVEL),
                GroupAuthority.of(RoleGroup.INCIDENT_MANAGERS), GroupAuthority.of(RoleGroup.PROBLEM_MANAGERS),
                GroupAuthority.admin())
            .requestMatchers(RELEASE_PLANNING)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.RELEASE_MANAGERS), GroupAuthority.admin())
            .requestMatchers(REQUEST_CATALOGUE_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.SERVICE_OWNERS), GroupAuthority.admin())
            .requestMatchers(REPORT_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.SERVICE_OWNERS), GroupAuthority.admin())
            .requestMatchers(NONCONFORMITY_RECORDING)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.PROCESS_OWNERS), GroupAuthority.admin())
            .requestMatchers(AUDIT_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.PROCESS_OWNERS), GroupAuthority.admin())
            .requestMatchers(STAFF_WRITES)
            .hasAnyAuthority(staffExceptAuditors())
            .requestMatchers(CATALOGUE_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.SERVICE_OWNERS), GroupAuthority.admin())
            // Records, the CMDB, the catalogue's internals and the engine: staff only. A person in
            // no staff group is a requester and reads their own tickets through the portal API.
            .anyRequest().hasAnyAuthority(staff()))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityConfig::headers)
        // Stateless Basic authentication: no cookie a foreign site could ride on.
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(new EngineAuthenticationBinder(identityService), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain actuatorSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      ProblemResponses problems) throws Exception {
    return http
        .securityMatcher(ACTUATOR)
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HEALTH).permitAll()
            .anyRequest().hasAuthority(GroupAuthority.admin()))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityConfig::headers)
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  /**
   * One login for the workspace and Camunda's webapps: a session from our login page, which
   * Camunda's container-based authentication (below) turns into the webapps' own. Camunda's
   * "Sign out" ends the same session.
   */
  @Bean
  @Order(3)
  SecurityFilterChain workspaceSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService, ObjectProvider<OidcSignIn> singleSignOn) throws Exception {
    OidcSignIn oidc = singleSignOn.getIfAvailable();
    if (oidc != null) {
      // "Sign in with ..." on our sign-in page; the provider's person becomes the engine user.
      http.oauth2Login(login -> login.loginPage("/login").failureUrl("/login?error=sso")
          .clientRegistrationRepository(oidc.registrations())
          .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc)));
    }
    LogoutSuccessHandler signedOut = oidc == null ? SecurityConfig::signedOut : (request, response, authentication) -> {
      if (WEBAPP_SIGN_OUT.matches(request) || authentication == null
          || !(authentication.getPrincipal() instanceof OidcUser)) {
        signedOut(request, response, authentication);
      } else {
        oidc.signOut().onLogoutSuccess(request, response, authentication);
      }
    };
    return http
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(SIGN_IN_PAGE, PATHS.matcher("/workspace/**"), PATHS.matcher("/webjars/**"),
                PATHS.matcher("/favicon.ico"), PATHS.matcher("/error"), WEBAPP_CODE)
            .permitAll()
            // Camunda's webapps check each user's application access themselves.
            .requestMatchers(WEBAPPS).authenticated()
            // The start page sends staff to the workspace and everyone else to the portal.
            .requestMatchers(PATHS.matcher(HttpMethod.GET, "/"), PORTAL_PAGES).authenticated()
            // What /api/admin is on pages (people's profiles, the mailbox): the same groups.
            .requestMatchers(PATHS.matcher("/admin/**"))
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.PROCESS_OWNERS), GroupAuthority.admin())
            // A page's form is the API's action: the same groups may send it.
            .requestMatchers(INCIDENT_PAGE_WRITES).hasAnyAuthority(incidentWorkers())
            .requestMatchers(CHANGE_PAGE_WRITES).hasAnyAuthority(changeRequesters())
            .requestMatchers(REPORT_PAGE_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.SERVICE_OWNERS), GroupAuthority.admin())
            .requestMatchers(AUDIT_PAGE_WRITES)
            .hasAnyAuthority(GroupAuthority.of(RoleGroup.PROCESS_OWNERS), GroupAuthority.admin())
            .requestMatchers(RECORD_PAGE_WRITES).hasAnyAuthority(staffExceptAuditors())
            .anyRequest().hasAnyAuthority(staff()))
        .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").permitAll())
        // After signing in, back to the page that asked for it: never to a webapp's data request
        // that happened to arrive without a session meanwhile.
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"), WEBAPP_SIGN_OUT))
            .logoutSuccessHandler(signedOut))
        .exceptionHandling(errors -> errors
            // The webapps' data requests get a 401 the webapp understands, pages the sign-in page.
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), WEBAPP_DATA)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
        .headers(SecurityConfig::headers)
        // Camunda's CsrfPreventionFilter protects the webapps (XSRF-TOKEN header); ours, every form.
        .csrf(csrf -> csrf.ignoringRequestMatchers(WEBAPPS))
        .addFilterAfter(new EngineAuthenticationBinder(identityService), AuthorizationFilter.class)
        .build();
  }

  private static HttpSessionRequestCache pagesOnly() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !WEBAPP_DATA.matches(request)
        && !PATHS.matcher("/favicon.ico").matches(request));
    return cache;
  }

  /** Camunda's "Sign out" (an XHR) gets the 200 it expects; our sign-out button, the sign-in page. */
  private static void signedOut(HttpServletRequest request, HttpServletResponse response,
      org.springframework.security.core.Authentication authentication) throws IOException {
    if (WEBAPP_SIGN_OUT.matches(request)) {
      response.setStatus(HttpServletResponse.SC_OK);
    } else {
      response.sendRedirect(request.getContextPath() + "/login?signed-out");
    }
  }

  /**
   * Camunda's container-based authentication: the webapps take the user our session signed in
   * (the request's principal), with the user's groups and tenants from the engine, instead of
   * asking for a password of their own. Right after Spring Security, before Camunda's filters.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}

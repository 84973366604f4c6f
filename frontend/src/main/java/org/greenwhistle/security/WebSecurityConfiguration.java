package org.greenwhistle.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.operaton.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.greenwhistle.identity.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The browser side: Vaadin views with form login, sessions and CSRF. Operaton's webapps are for ADMIN
 * only and get the Spring login through single sign-on; they carry their own CSRF token.
 */
@EnableWebSecurity
@Configuration
class WebSecurityConfiguration extends VaadinWebSecurity {
  private final org.greenwhistle.base.ui.MapProperties map;

  WebSecurityConfiguration(org.greenwhistle.base.ui.MapProperties map) {
    this.map = map;
  }

  @Override
  protected void configure(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
        .requestMatchers("/operaton/**").hasRole("ADMIN")
        // only answers with a redirect to /operaton/** (LegacyEngineConsoleRedirect), where the rule above applies
        .requestMatchers("/camunda/**").permitAll()
        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
        // the container's error dispatch answers problem+json, never a redirect to the login page
        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
        .requestMatchers("/error").permitAll()
        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
        .requestMatchers("/leaflet/**", "/webjars/**", "/images/**").permitAll());
    http.csrf(c -> c.ignoringRequestMatchers("/operaton/**"));
    // Operaton's webapps send their own policy (with nonces); ours applies to everything else
    var csp = new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
            new org.springframework.security.web.util.matcher.AntPathRequestMatcher("/operaton/**")),
        new org.springframework.security.web.header.writers.StaticHeadersWriter("Content-Security-Policy",
            contentSecurityPolicy(map)));
    http.headers(h -> h
        .frameOptions(f -> f.sameOrigin())
        .addHeaderWriter(csp)
        .referrerPolicy(r -> r.policy(
            org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
    super.configure(http);
    setLoginView(http, LoginView.class, "/");
    // after login go to the role's home, unless the user was on the way to a protected page
    http.formLogin(form -> {
      var toRoleHome = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
      toRoleHome.setDefaultTargetUrl("/home");
      RequestCache requestCache = http.getSharedObject(RequestCache.class);
      if (requestCache != null) {
        toRoleHome.setRequestCache(requestCache);
      }
      form.successHandler(toRoleHome);
    });
  }

  /**
   * Vaadin needs inline scripts, eval and inline styles (its client engine); everything else comes from this
   * origin only, except map tiles from the configured tile server.
   */
  static String contentSecurityPolicy(org.greenwhistle.base.ui.MapProperties map) {
    String tiles = tileOrigin(map.tileUrl());
    return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self' data:; "
        + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'self'";
  }

  /** {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}. */
  static String tileOrigin(String tileUrl) {
    if (tileUrl == null || tileUrl.isBlank()) {
      return "";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://)([^/]+)").matcher(tileUrl.strip());
    return m.find() ? m.group(1) + m.group(2).replace("{s}", "*") : "";
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> engineConsoleSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", CamundaSingleSignOn.class.getName()));
    registration.addUrlPatterns("/operaton/app/*", "/operaton/api/*");
    registration.setOrder(101); // after Spring Security's chain
    return registration;
  }

  /** Bookmarks of the Camunda web apps ({@code /operaton/app/...}) lead to the same page under {@code /operaton/}. */
  @Bean
  FilterRegistrationBean<LegacyEngineConsoleRedirect> legacyEngineConsoleRedirect() {
    var registration = new FilterRegistrationBean<>(new LegacyEngineConsoleRedirect());
    registration.addUrlPatterns("/camunda", "/camunda/*");
    registration.setOrder(100); // after Spring Security's chain, so the redirect carries its headers
    return registration;
  }
}

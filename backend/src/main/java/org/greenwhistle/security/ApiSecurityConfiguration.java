package org.greenwhistle.security;


import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.operaton.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.greenwhistle.common.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machine side: {@code /api/**} and Camunda's {@code /engine-rest/**} are stateless and authenticate
 * staff with HTTP Basic against the same account store. No session cookie is read, so no CSRF token is
 * needed. The browser UI has its own chain (form login, sessions, CSRF) in the frontend module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
    // matched on the raw path: /engine-rest is Jersey's servlet, which Spring MVC path matchers do not see
    http.securityMatcher(ApiSecurityConfiguration::isMachinePath)
        .authorizeHttpRequests(a -> a
            .requestMatchers(request -> path(request).startsWith("/engine-rest/")).hasRole("ADMIN")
            // the admin API is ADMIN's alone, whatever a controller's own checks say (RestAccessMatrixIT holds it)
            .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/v1/reports").permitAll()
            .requestMatchers("/api/v1/reports/**").permitAll()
            .requestMatchers("/api/v1/public/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/v1/typical-cases", "/api/v1/typical-cases/**",
                "/api/v1/statistics", "/api/v1/statistics/**").permitAll()
            .anyRequest().authenticated())
        // no WWW-Authenticate challenge: browsers would pop up a Basic dialog over the portal
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(problems)))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(unauthorized(problems))
            .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "problem.forbidden")))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        // JSON and files only: nothing on these responses may run, embed or be embedded
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")));
    return http.build();
  }

  private static AuthenticationEntryPoint unauthorized(ProblemWriter problems) {
    return (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
  }

  /** Tells the engine who calls /engine-rest, so that task rules apply to REST clients as well. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", CamundaSingleSignOn.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(102); // after Spring Security's chain
    return registration;
  }

  static boolean isMachinePath(HttpServletRequest request) {
    String path = path(request);
    return path.startsWith("/api/") || path.startsWith("/engine-rest/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}

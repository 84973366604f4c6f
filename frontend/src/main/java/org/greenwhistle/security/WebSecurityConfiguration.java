package org.greenwhistle.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.greenwhistle.identity.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The browser side: Vaadin views with form login, sessions and CSRF. Camunda's webapps are for ADMIN
 * only and get the Spring login through single sign-on; they carry their own CSRF token.
 */
@EnableWebSecurity
@Configuration
class WebSecurityConfiguration extends VaadinWebSecurity {

  @Override
  protected void configure(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
        .requestMatchers("/camunda/**").hasRole("ADMIN")
        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
        .requestMatchers("/leaflet/**", "/webjars/**", "/images/**").permitAll());
    http.csrf(c -> c.ignoringRequestMatchers("/camunda/**"));
    http.headers(h -> h
        .frameOptions(f -> f.sameOrigin())
        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
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

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", CamundaSingleSignOn.class.getName()));
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(101); // after Spring Security's chain
    return registration;
  }
}

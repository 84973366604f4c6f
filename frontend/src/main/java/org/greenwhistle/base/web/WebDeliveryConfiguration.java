package org.greenwhistle.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Response compression itself is Tomcat's ({@code server.compression} in application.yaml); these filters set what
 * Tomcat and the resource handlers cannot tell apart by content type.
 */
@Configuration
class WebDeliveryConfiguration {

  @Bean
  FilterRegistrationBean<ImmutableCaching> immutableCaching() {
    var registration = new FilterRegistrationBean<>(new ImmutableCaching());
    registration.addUrlPatterns("/VAADIN/build/*", "/webjars/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<UncompressedAccessKeys> uncompressedAccessKeys() {
    var registration = new FilterRegistrationBean<>(new UncompressedAccessKeys());
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}

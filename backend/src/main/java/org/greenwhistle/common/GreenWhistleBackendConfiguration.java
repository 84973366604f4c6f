package org.greenwhistle.common;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("org.greenwhistle")
@EnableScheduling
public class GreenWhistleBackendConfiguration {
}

package org.greenwhistle.base.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Map tiles are optional and configurable (none by default: no tile server is contacted unless one is
 * configured); without tiles the location picker offers the device's position instead.
 */
@ConfigurationProperties("greenwhistle.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution) {
}

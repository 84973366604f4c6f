package org.greenwhistle.report.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code secret}: server key for access-key HMACs and client hashes (environment in production). */
@ConfigurationProperties("greenwhistle.receipt")
public record ReceiptProperties(String secret, @DefaultValue("24h") Duration idempotencyWindow) {
}

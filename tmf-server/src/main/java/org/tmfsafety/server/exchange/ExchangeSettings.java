package org.tmfsafety.server.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exchange with neighbouring registries.
 *
 * @param country ISO 3166-1 alpha-3 of this instance's own country (default {@code KAZ}): facilities of neighbours
 *        whose downstream path enters it are upstream threats, and it names this instance to neighbours it notifies
 * @param pullInterval time between two pulls from every neighbour (default one hour)
 * @param timeout how long one request to a neighbour may take (default 20 s)
 * @param receiptRetry time between attempts to deliver a pending acknowledgement (default five minutes)
 */
@ConfigurationProperties("tmf.exchange")
public record ExchangeSettings(String country, Duration pullInterval, Duration timeout, Duration receiptRetry) {

    public ExchangeSettings {
        country = country == null || country.isBlank() ? "KAZ" : country.strip().toUpperCase(java.util.Locale.ROOT);
        pullInterval = pullInterval == null ? Duration.ofHours(1) : pullInterval;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        receiptRetry = receiptRetry == null ? Duration.ofMinutes(5) : receiptRetry;
    }
}

package io.brandcloud.payments.domain;

import java.util.List;
import java.util.Map;

/** A webhook as it arrived: the raw body (signatures cover its exact bytes) and the headers. */
public record WebhookDelivery(String body, Map<String, List<String>> headers) {

  /** A header's first value, case-insensitively, or null. */
  public String header(String name) {
    return headers.entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name))
        .flatMap(h -> h.getValue().stream())
        .findFirst()
        .orElse(null);
  }
}

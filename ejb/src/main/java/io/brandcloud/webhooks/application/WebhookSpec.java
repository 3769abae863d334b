package io.brandcloud.webhooks.application;

import java.util.List;

/**
 * What staff or a customer write about an endpoint; {@code enabled} and {@code format} ({@code
 * json}, {@code slack}, {@code discord}) null keep it as it is, or a new one sends JSON.
 */
public record WebhookSpec(
    String url, String description, List<String> eventTypes, Boolean enabled, String format) {

  public WebhookSpec(String url, String description, List<String> eventTypes, Boolean enabled) {
    this(url, description, eventTypes, enabled, null);
  }
}

package io.brandcloud.webhooks.application;

import io.brandcloud.webhooks.domain.WebhookEndpoint;

/** An endpoint with its signing secret, which is shown this once. */
public record CreatedWebhook(WebhookEndpoint endpoint, String secret) {

  @Override
  public String toString() {
    return "CreatedWebhook[endpoint " + endpoint.id() + "]";
  }
}

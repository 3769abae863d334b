package io.brandcloud.webhooks.domain;

import java.util.Map;

/** A delivery on its way: where to, which headers, and the body exactly as signed. */
public record WebhookCall(String url, Map<String, String> headers, String body) {

  /** What the receiver answered, or why nothing was answered ({@code status} null). */
  public record Outcome(Integer status, String error, long millis) {

    public boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }
}

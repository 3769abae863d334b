package io.brandcloud.webhooks.domain;

/** Posts a delivery to its receiver; never throws for what the receiver or network did. */
public interface WebhookCalls {

  WebhookCall.Outcome post(WebhookCall call);
}

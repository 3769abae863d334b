package io.brandcloud.webhooks.application;

import java.util.List;

/** What staff or a customer write about an endpoint; {@code enabled} null keeps it as it is. */
public record WebhookSpec(
    String url, String description, List<String> eventTypes, Boolean enabled) {}

package io.brandcloud.webhooks.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An address that hears events: the tenant's own (no organisation) or an organisation's. The secret
 * stays sealed here; only the sender opens it.
 */
public record WebhookEndpoint(
    long id,
    Long organisationId,
    String url,
    String description,
    List<String> eventTypes,
    boolean enabled,
    String disabledReason,
    Instant failingSince,
    Instant createdAt,
    WebhookFormat format)
    implements Serializable {}

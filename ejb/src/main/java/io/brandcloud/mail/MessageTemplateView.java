package io.brandcloud.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message type's template as staff see it: the tenant's own wording if it has one, Brandcloud's
 * otherwise.
 *
 * @param customised whether the tenant changed it
 * @param updatedAt when the tenant last changed it; null for the default
 */
public record MessageTemplateView(
    String type,
    List<String> variables,
    String subject,
    String body,
    boolean customised,
    Instant updatedAt,
    String updatedBy) {}

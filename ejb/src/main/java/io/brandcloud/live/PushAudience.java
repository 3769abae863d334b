package io.brandcloud.live;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who one push socket speaks to: a member of one organisation, hearing the topics their role there
 * allows, or a tenant's staff member, hearing every organisation of the tenant.
 *
 * @param schema the tenant's schema, as database notices name it
 * @param organisationId the organisation heard; null for staff, who hear them all
 * @param userId whose personal topics it hears; null for none
 * @param caller who asked for the socket, for the log
 */
public record PushAudience(
    long tenantId,
    String schema,
    Long organisationId,
    Long userId,
    Set<PushTopic> topics,
    String caller) {

  public PushAudience {
    topics =
        Collections.unmodifiableSet(
            topics.isEmpty() ? EnumSet.noneOf(PushTopic.class) : EnumSet.copyOf(topics));
  }

  public boolean wholeTenant() {
    return organisationId == null;
  }
}

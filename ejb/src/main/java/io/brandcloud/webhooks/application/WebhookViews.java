package io.brandcloud.webhooks.application;

import io.brandcloud.access.Permission;
import io.brandcloud.webhooks.domain.WebhookEventTypes;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What a member must be able to read to have an organisation's events of a family sent out. */
final class WebhookViews {

  private static final Map<String, Permission> BY_FAMILY =
      Map.of(
          "server", Permission.SERVERS_VIEW,
          "invoice", Permission.BILLING_VIEW,
          "payment", Permission.BILLING_VIEW,
          "subscription", Permission.BILLING_VIEW,
          "ticket", Permission.TICKETS_VIEW);

  private WebhookViews() {}

  static Set<Permission> needed(Collection<String> patterns) {
    Set<Permission> needed = EnumSet.noneOf(Permission.class);
    for (String pattern : patterns) {
      if (WebhookEventTypes.EVERYTHING.equals(pattern)) {
        needed.addAll(BY_FAMILY.values());
      } else {
        needed.add(BY_FAMILY.get(pattern.substring(0, pattern.indexOf('.'))));
      }
    }
    return needed;
  }
}

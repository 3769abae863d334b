package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.web.faces.shared.Texts;

/** What must end before an organisation closes or a person is erased, in the page's words. */
final class ObstacleTexts {

  private ObstacleTexts() {}

  static String describe(ClosureObstacle obstacle, Texts texts) {
    return switch (obstacle.kind()) {
      case SERVERS -> texts.format("portal.close.servers", obstacle.count());
      case VOLUMES -> texts.format("portal.close.volumes", obstacle.count());
      case SNAPSHOTS -> texts.format("portal.close.snapshots", obstacle.count());
      case SUBSCRIPTIONS -> texts.format("portal.close.subscriptions", obstacle.count());
      case UNPAID_INVOICES -> texts.format("portal.close.invoices", obstacle.count());
      case NEGATIVE_BALANCE -> texts.format("portal.close.owed");
    };
  }
}

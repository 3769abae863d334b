package io.brandcloud.identity.domain;

import java.util.List;

/**
 * Asked before an organisation closes: each area that holds something for organisations (servers,
 * subscriptions, money) answers what of it must end first. Identity owns the question and never
 * learns what the answers are made of.
 */
public interface ClosureObstacles {

  /** What this area still holds for the organisation; empty when nothing keeps it open. */
  List<ClosureObstacle> of(long organisationId);
}

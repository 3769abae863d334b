package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.shared.Money;

/** What provisioning asks billing before it builds: how much an organisation can spend. */
public interface CustomerBalances {

  Money balanceOf(long organisationId);

  /** What the organisation spent since the calendar month began, for its spending limit. */
  Money spentThisMonth(long organisationId);
}

package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.shared.Money;

/** What provisioning asks billing before it builds: how much an organisation can spend. */
public interface CustomerBalances {

  Money balanceOf(long organisationId);
}

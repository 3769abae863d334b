package io.brandcloud.activity.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;

/** What happened in the current tenant's organisations. */
public interface ActivityFeed {

  /** A page of what happened in the organisation, newest first. */
  Page<ActivityEntry> of(long organisationId, PageRequest page);
}

package io.brandcloud.activity.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.activity.domain.ActivityEntry;
import io.brandcloud.activity.domain.ActivityFeed;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The activity feed of an organisation, for the members who manage its members (owners and admins):
 * it names members' logins and addresses, so it is theirs to read, in a browser only.
 */
@Stateless
public class OrganisationActivity {

  @Inject ActivityFeed feed;
  @Inject MemberAccess members;

  public Page<ActivityEntry> of(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.MEMBERS_MANAGE);
    return feed.of(organisationId, page);
  }
}

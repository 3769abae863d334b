package io.brandcloud.identity.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who belongs to which organisation of the current tenant, with which role. */
public interface MembershipRepository {

  /** The user's memberships, oldest organisation first. */
  List<Membership> ofUser(long userId);

  Optional<Membership> of(long userId, long organisationId);

  /** The membership the user chose to work in last, if they still have it. */
  Optional<Membership> chosen(long userId);

  void choose(long userId, long organisationId);

  Page<MemberView> members(long organisationId, PageRequest page);

  boolean hasMemberWithEmail(long organisationId, String email);

  /** Adds a member; a user who is a member already stays as they are. */
  void add(long organisationId, long userId, OrganisationRole role, Long customRoleId, Instant at);

  void changeRole(long organisationId, long userId, OrganisationRole role, Long customRoleId);

  /** Removes a member, who then no longer works in the organisation either. */
  void remove(long organisationId, long userId);
}

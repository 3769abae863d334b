package io.brandcloud.identity.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Staff acting as a customer, to see and do what the customer would. */
@Stateless
public class Impersonations {

  @EJB UserAccounts accounts;

  @EJB Memberships memberships;
  @Inject AuditLog audit;

  /**
   * Lets the calling staff member act as an organisation's owner, in that organisation, and audits
   * it; returns the customer they now act as.
   */
  public AuthenticatedUser begin(long ownerId, long organisationId) {
    Caller staff = CurrentCaller.requireStaff(StaffPermission.IMPERSONATE);
    AuthenticatedUser customer = accounts.requireCustomer(ownerId);
    memberships.switchTo(customer.id(), organisationId);
    audit.record(staff.name(), "impersonation.started", "user " + customer.id(), customer.email());
    return customer;
  }
}

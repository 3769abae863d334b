package io.brandcloud.identity.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/** The tenant's customer accounts with their owners, for staff. */
@Stateless
public class CustomerDirectory {

  @Inject OrganisationRepository organisations;

  /** The open customer accounts, by name. */
  public Page<OrganisationSummary> all(PageRequest page) {
    return search(null, false, page);
  }

  /**
   * The customers a staff member looks for: by their name, a member's name or e-mail, a server's
   * host name (any part of each) or address (whole); every customer when {@code text} is blank.
   * Open accounts, or with {@code closed} the ones their owners closed.
   */
  public Page<OrganisationSummary> search(String text, boolean closed, PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    if (text == null || text.isBlank()) {
      return organisations.summaries(closed, page);
    }
    return organisations.matching(Validation.requireText("q", text, 254).strip(), closed, page);
  }

  /** The names of these customer organisations, by id, for lists that show whose a row is. */
  public Map<Long, String> names(Collection<Long> organisationIds) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return organisations.names(organisationIds);
  }

  /** One organisation; any other id, including another tenant's, is "not found". */
  public OrganisationSummary get(long organisationId) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return organisations
        .summary(organisationId)
        .orElseThrow(() -> BrandcloudException.notFound("Customer " + organisationId));
  }
}

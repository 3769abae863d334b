package io.brandcloud.identity.application;

import io.brandcloud.platform.domain.TenantAdmins;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The platform's way to give a new tenant its first administrator. */
@ApplicationScoped
public class FirstTenantAdmin implements TenantAdmins {

  @EJB UserAccounts accounts;

  @Override
  public String createFirst(String email, String displayName) {
    return accounts.createAdmin(email, displayName);
  }

  @Override
  public HandedOver reissueFirst() {
    return accounts.reissueAdminPassword();
  }
}

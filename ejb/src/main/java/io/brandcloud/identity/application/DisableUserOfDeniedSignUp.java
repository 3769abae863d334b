package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.CheckKind;
import io.brandcloud.fraud.domain.FraudCheckDecided;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PlainText;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A sign-up fraud review denied may not log in: the user is disabled with the reviewer's reason, as
 * staff would disable them by hand (staff may enable them again on the Customers page).
 */
@ApplicationScoped
public class DisableUserOfDeniedSignUp implements MessageHandler<FraudCheckDecided> {

  @Inject UserRepository users;
  @Inject RecentCredentials recent;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  @Override
  public Class<FraudCheckDecided> handles() {
    return FraudCheckDecided.class;
  }

  @Override
  public void handle(FraudCheckDecided decided) {
    if (decided.approved() || decided.kind() != CheckKind.SIGN_UP || decided.userId() == null) {
      return;
    }
    users
        .find(decided.userId())
        .filter(user -> !user.role().isStaff() && !user.disabled())
        .ifPresent(
            user -> {
              user.disable(
                  PlainText.cut("Sign-up declined: " + decided.reason(), 500), clock.now());
              recent.forgetUser(CurrentTenant.require().tenantId(), user.id());
              audit.record(null, "account.disabled", "user " + user.id(), "sign-up declined");
            });
  }
}

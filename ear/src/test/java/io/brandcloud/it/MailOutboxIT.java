package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.mail.MailOutbox;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox is transactional: a mail exists exactly when the change that caused it commits. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

  @Inject TestTenants tenants;
  @EJB MailOutbox outbox;
  @Resource UserTransaction transaction;

  @Test
  void aRolledBackTransactionLeavesNoMailAndNoFlag() throws Exception {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("outbox"), BigDecimal.ZERO);
    shop.as(
        () -> {
          inTransaction(() -> outbox.enqueue("lost@outbox.test", "never", "rolled back"), false);
          inTransaction(() -> outbox.enqueue("kept@outbox.test", "always", "committed"), true);
          return null;
        });
    String recipients =
        shop.as(
            () ->
                String.valueOf(
                    tenants
                        .em()
                        .createNativeQuery("SELECT string_agg(recipient, ',') FROM mail_outbox")
                        .getSingleResult()));
    assertThat(recipients).isEqualTo("kept@outbox.test");
    Number flags =
        (Number)
            tenants
                .em()
                .createNativeQuery("SELECT count(*) FROM platform.mail_due WHERE tenant_id = ?1")
                .setParameter(1, shop.tenant().tenantId())
                .getSingleResult();
    assertThat(flags.intValue()).isLessThanOrEqualTo(1);
  }

  private void inTransaction(Runnable work, boolean commit) {
    try {
      transaction.begin();
      work.run();
      if (commit) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.brandcloud.it;

import static org.awaitility.Awaitility.await;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.live.PushAudience;
import io.brandcloud.live.PushHub;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;

/**
 * Lets a test open a push socket only once this node has heard everything an organisation did
 * before, so that an exact screen ("it heard its own change and nothing else") cannot be spoilt by
 * a notice of its set-up arriving late.
 */
@Dependent
public class PushHearing {

  @Inject PushHub hub;
  @EJB Wallets wallets;

  @PersistenceContext(unitName = "brandcloud")
  EntityManager em;

  @Resource UserTransaction transaction;

  /**
   * Returns once every change to the organisation committed so far has been heard. A new
   * organisation's wallet opens through the outbox a moment after sign-up; reading the balance
   * opens it now instead, so nothing more is on its way. The database hands out notices in commit
   * order, so hearing one sent after all of them means all of them were heard.
   */
  public void awaitAllHeard(TenantContext tenant, long organisation) {
    TestTenants.as(tenant, () -> wallets.balanceOf(organisation));
    String mark = hub.mark();
    notifyBalance(tenant, organisation);
    PushAudience audience =
        new PushAudience(
            tenant.tenantId(), tenant.schema().name(), organisation, null, Set.of(), "test");
    await().until(() -> hub.changedSince(audience, mark));
  }

  private void notifyBalance(TenantContext tenant, long organisation) {
    try {
      transaction.begin();
      em.createNativeQuery("SELECT count(*) FROM (SELECT pg_notify('brandcloud_changes', ?1)) n")
          .setParameter(1, "balance:" + tenant.schema().name() + ":" + organisation)
          .getSingleResult();
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException("Could not send the sentinel notice", e);
    }
  }
}

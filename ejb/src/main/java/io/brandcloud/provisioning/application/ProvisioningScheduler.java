package io.brandcloud.provisioning.application;

import io.brandcloud.shared.AfterCommit;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs provisioning steps in the background. Every task carries its tenant explicitly and rebuilds
 * the context before it touches the database; a step that throws is retried with a growing pause,
 * then the server is failed.
 */
@ApplicationScoped
public class ProvisioningScheduler {

  static final int MAX_ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(ProvisioningScheduler.class);

  @Resource ManagedScheduledExecutorService executor;
  @Resource TransactionSynchronizationRegistry transactions;
  @EJB ProvisioningSteps steps;

  // set on undeploy: queued steps stop instead of calling components that are gone; builds resume
  // at next start
  private volatile boolean stopped;

  @PreDestroy
  void stop() {
    stopped = true;
  }

  /**
   * Starts the build once the transaction that saved the server has committed (never for a
   * rollback).
   */
  public void provisionAfterCommit(TenantContext tenant, long serverId) {
    AfterCommit.run(transactions, () -> schedule(tenant, serverId, Duration.ZERO, 1));
  }

  /** Continues a build that was under way when the server stopped. */
  public void resume(TenantContext tenant, long serverId) {
    schedule(tenant, serverId, Duration.ZERO, 1);
  }

  private void schedule(TenantContext tenant, long serverId, Duration delay, int attempt) {
    executor.schedule(
        () -> step(tenant, serverId, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void step(TenantContext tenant, long serverId, int attempt) {
    if (stopped) {
      return;
    }
    CurrentTenant.runAs(
        tenant.withRequestId(TenantContext.newRequestId()),
        () -> {
          try {
            Optional<Duration> next = steps.advance(serverId);
            next.ifPresent(delay -> schedule(tenant, serverId, delay, 1));
          } catch (RuntimeException e) {
            retryOrFail(tenant, serverId, attempt, e);
          }
        });
  }

  private void retryOrFail(TenantContext tenant, long serverId, int attempt, RuntimeException e) {
    if (attempt >= MAX_ATTEMPTS) {
      LOG.errorf(e, "Giving up on server %d after %d attempts", serverId, attempt);
      steps.markFailed(serverId);
      return;
    }
    Duration backoff = Duration.ofSeconds(1L << attempt);
    LOG.warnf("Provisioning step for server %d failed (%s); retrying in %s", serverId, e, backoff);
    schedule(tenant, serverId, backoff, attempt + 1);
  }
}

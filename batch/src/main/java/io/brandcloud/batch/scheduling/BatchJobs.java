package io.brandcloud.batch.scheduling;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.application.ActiveTenants;
import io.brandcloud.platform.application.JobLeases;
import io.brandcloud.platform.application.JobOwners;
import io.brandcloud.platform.domain.JobLeaseRepository.TakenOver;
import io.brandcloud.platform.domain.JobRun;
import io.brandcloud.platform.domain.OperatorJobs;
import io.brandcloud.shared.ApplicationClock;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Starts Brandcloud's jobs for a period, at most once per cluster. */
@Stateless
@LocalBean
@Local(OperatorJobs.class)
public class BatchJobs implements OperatorJobs {

  public static final String HOURLY_CHARGING = "hourly-charging";
  public static final String INVOICING = "invoicing";
  public static final String RECONCILIATION = "reconciliation";
  public static final String PROVIDER_RECONCILIATION = "provider-reconciliation";
  private static final Logger LOG = Logger.getLogger(BatchJobs.class);

  @EJB JobLeases leases;
  @EJB JobOwners owners;
  @EJB ActiveTenants tenants;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /**
   * Charges up to {@code at}; empty if another node (or an earlier call) already took this hour.
   */
  public Optional<Long> startHourlyCharging(Instant at) {
    Properties parameters = new Properties();
    parameters.setProperty("chargeAt", at.toString());
    return startOnce(HOURLY_CHARGING, at.truncatedTo(ChronoUnit.HOURS), parameters);
  }

  /** Issues the invoices of the month that ended before {@code asOf} in each tenant's time zone. */
  public Optional<Long> startInvoicing(Instant asOf) {
    Properties parameters = new Properties();
    parameters.setProperty("asOf", asOf.toString());
    return startOnce(INVOICING, asOf.truncatedTo(ChronoUnit.HOURS), parameters);
  }

  /**
   * Starts a charging run now, outside the schedule (an operator re-running or catching up a
   * period). No lease: the unique key per (server, hour) already makes a second run of an hour
   * charge nothing.
   */
  @Override
  public long startHourlyChargingNow(Instant at) {
    CurrentCaller.requirePrivileged();
    Properties parameters = new Properties();
    parameters.setProperty("chargeAt", at.toString());
    long execution = start(HOURLY_CHARGING, parameters);
    LOG.infof("Operator started %s up to %s as execution %d", HOURLY_CHARGING, at, execution);
    audit.record(null, "job.started", HOURLY_CHARGING, "up to " + at + ", execution " + execution);
    return execution;
  }

  /**
   * Issues the missing invoices of {@code month} now, outside the schedule (an operator catching up
   * a month). No lease: an organisation's invoice for a month exists at most once.
   */
  @Override
  public long startInvoicingNow(YearMonth month) {
    CurrentCaller.requirePrivileged();
    Properties parameters = new Properties();
    parameters.setProperty("month", month.toString());
    long execution = start(INVOICING, parameters);
    LOG.infof("Operator started %s for %s as execution %d", INVOICING, month, execution);
    audit.record(null, "job.started", INVOICING, month + ", execution " + execution);
    return execution;
  }

  @Override
  public Optional<JobRun> run(long executionId) {
    CurrentCaller.requirePrivileged();
    JobExecution execution;
    try {
      execution = operator().getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      return Optional.empty();
    }
    return Optional.of(
        new JobRun(
            executionId,
            execution.getJobName(),
            execution.getBatchStatus().name(),
            execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
            execution.getEndTime() == null ? null : execution.getEndTime().toInstant()));
  }

  /** Checks every wallet against its ledger; once per night per cluster. */
  public Optional<Long> startReconciliation(Instant now) {
    return startOnce(RECONCILIATION, now.truncatedTo(ChronoUnit.DAYS), new Properties());
  }

  /** Starts reconciling every tenant with its providers for this hour, once per cluster. */
  public Optional<Long> startProviderReconciliation(Instant now) {
    return startOnce(PROVIDER_RECONCILIATION, now.truncatedTo(ChronoUnit.HOURS), new Properties());
  }

  private Optional<Long> startOnce(String job, Instant period, Properties parameters) {
    if (tenants.ids().isEmpty()) {
      return Optional.empty(); // a job needs at least one partition
    }
    if (!leases.acquire(job, period, holder(), text(parameters), clock.now())) {
      LOG.debugf("%s for %s already started elsewhere", job, period);
      return Optional.empty();
    }
    long execution = start(job, parameters);
    leases.recordExecution(job, period, execution);
    LOG.infof("Started %s for %s as execution %d", job, period, execution);
    return Optional.of(execution);
  }

  /**
   * Runs a period again whose lease this node took over from a node that went silent, with the
   * parameters the first run had.
   */
  public long restart(TakenOver lease) {
    long execution = start(lease.job(), parameters(lease.parameters()));
    leases.recordExecution(lease.job(), lease.periodStart(), execution);
    LOG.warnf(
        "Took over %s for %s from a silent node (its execution %s); running it again as execution %d",
        lease.job(), lease.periodStart(), lease.deadExecution(), execution);
    audit.record(
        null,
        "job.taken_over",
        lease.job(),
        lease.periodStart() + ", execution " + execution + " after " + lease.deadExecution());
    return execution;
  }

  /** A job's parameters as the lease keeps them: one {@code key=value} line each. */
  static String text(Properties parameters) {
    StringBuilder text = new StringBuilder();
    new TreeSet<>(parameters.stringPropertyNames())
        .forEach(
            key -> text.append(key).append('=').append(parameters.getProperty(key)).append('\n'));
    return text.toString();
  }

  static Properties parameters(String text) {
    Properties parameters = new Properties();
    if (text != null) {
      try {
        parameters.load(new StringReader(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parameters;
  }

  /** Starts a job and notes this node as its owner, for {@link DiedExecutions}. */
  private long start(String job, Properties parameters) {
    long execution = operator().start(job, parameters);
    owners.record(execution, node(), clock.now());
    return execution;
  }

  static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  static String holder() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }

  /** This server's node name, the same after a restart (unlike the process id in the holder). */
  static String node() {
    return System.getProperty("jboss.node.name", "standalone");
  }
}

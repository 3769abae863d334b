package io.brandcloud.batch.scheduling;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.application.ActiveTenants;
import io.brandcloud.platform.application.JobLeases;
import io.brandcloud.platform.application.JobOwners;
import io.brandcloud.platform.domain.JobLeaseRepository.Key;
import io.brandcloud.platform.domain.JobLeaseRepository.Origin;
import io.brandcloud.platform.domain.JobLeaseRepository.TakenOver;
import io.brandcloud.platform.domain.JobRun;
import io.brandcloud.platform.domain.OperatorJobs;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Starts Brandcloud's jobs for a period, at most once per cluster at a time. */
@Stateless
@LocalBean
@Local(OperatorJobs.class)
public class BatchJobs implements OperatorJobs {

  public static final String HOURLY_CHARGING = "hourly-charging";
  public static final String INVOICING = "invoicing";
  public static final String RECONCILIATION = "reconciliation";
  public static final String PROVIDER_RECONCILIATION = "provider-reconciliation";
  public static final String SUBSCRIPTION_RENEWALS = "subscription-renewals";
  public static final String RETENTION = "retention";
  private static final Logger LOG = Logger.getLogger(BatchJobs.class);
  private static final Set<BatchStatus> RUNNING =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

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
   * period). It holds a lease of its own, keyed by the instant it charges up to: if this node dies
   * mid-run, another takes the run over as it would a scheduled one, and the same run is not
   * started twice at once. A run up to the same instant may start again once the last has ended.
   */
  @Override
  public long startHourlyChargingNow(Instant at) {
    CurrentCaller.requirePrivileged();
    Properties parameters = new Properties();
    parameters.setProperty("chargeAt", at.toString());
    long execution =
        startUnlessRunning(
            new Key(HOURLY_CHARGING, at, Origin.OPERATOR), parameters, "up to " + at);
    LOG.infof("Operator started %s up to %s as execution %d", HOURLY_CHARGING, at, execution);
    audit.record(null, "job.started", HOURLY_CHARGING, "up to " + at + ", execution " + execution);
    return execution;
  }

  /**
   * Issues the missing invoices of {@code month} now, outside the schedule (an operator catching up
   * a month). Its lease is keyed by the instant the month ends in UTC, so one run per month is
   * under way at a time; an organisation's invoice for a month exists at most once either way.
   */
  @Override
  public long startInvoicingNow(YearMonth month) {
    CurrentCaller.requirePrivileged();
    Properties parameters = new Properties();
    parameters.setProperty("month", month.toString());
    Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    long execution =
        startUnlessRunning(
            new Key(INVOICING, monthEnd, Origin.OPERATOR), parameters, "for " + month);
    LOG.infof("Operator started %s for %s as execution %d", INVOICING, month, execution);
    audit.record(null, "job.started", INVOICING, month + ", execution " + execution);
    return execution;
  }

  /**
   * Renews the subscriptions due now, outside the schedule (an operator catching up). Its lease is
   * keyed by the hour, like the scheduled run's; a term is paid at most once either way.
   */
  @Override
  public long startSubscriptionRenewalsNow() {
    CurrentCaller.requirePrivileged();
    Instant hour = clock.now().truncatedTo(ChronoUnit.HOURS);
    long execution =
        startUnlessRunning(
            new Key(SUBSCRIPTION_RENEWALS, hour, Origin.OPERATOR), new Properties(), "at " + hour);
    LOG.infof("Operator started %s as execution %d", SUBSCRIPTION_RENEWALS, execution);
    audit.record(null, "job.started", SUBSCRIPTION_RENEWALS, "execution " + execution);
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

  /** Renews the subscriptions whose paid time is over; once per hour per cluster. */
  public Optional<Long> startSubscriptionRenewals(Instant now) {
    return startOnce(SUBSCRIPTION_RENEWALS, now.truncatedTo(ChronoUnit.HOURS), new Properties());
  }

  /** Checks every wallet against its ledger; once per night per cluster. */
  public Optional<Long> startReconciliation(Instant now) {
    return startOnce(RECONCILIATION, now.truncatedTo(ChronoUnit.DAYS), new Properties());
  }

  /** Starts the day's retention purge of every tenant, once per cluster. */
  public Optional<Long> startRetention(Instant now) {
    return startOnce(RETENTION, now.truncatedTo(ChronoUnit.DAYS), new Properties());
  }

  /** Starts reconciling every tenant with its providers for this hour, once per cluster. */
  public Optional<Long> startProviderReconciliation(Instant now) {
    return startOnce(PROVIDER_RECONCILIATION, now.truncatedTo(ChronoUnit.HOURS), new Properties());
  }

  private Optional<Long> startOnce(String job, Instant period, Properties parameters) {
    if (tenants.ids().isEmpty()) {
      return Optional.empty(); // a job needs at least one partition
    }
    Key key = new Key(job, period, Origin.SCHEDULE);
    if (!leases.acquire(key, holder(), text(parameters), clock.now())) {
      LOG.debugf("%s for %s already started elsewhere", job, period);
      return Optional.empty();
    }
    long execution = startLeased(key, parameters);
    LOG.infof("Started %s for %s as execution %d", job, period, execution);
    return Optional.of(execution);
  }

  /**
   * Claims an operator's run and starts it; refused while the same run is under way. A run that has
   * ended while its lease still says otherwise (the keeper notes ends every 15 s) does not count.
   */
  private long startUnlessRunning(Key key, Properties parameters, String what) {
    String holder = holder();
    if (!leases.acquireUnlessRunning(key, holder, text(parameters), clock.now())) {
      Optional<Long> under = leases.runningExecution(key);
      boolean ended =
          under.isPresent()
              && !isRunning(under.get())
              && leases.finishExecution(key, under.get())
              && leases.acquireUnlessRunning(key, holder, text(parameters), clock.now());
      if (!ended) {
        throw new BrandcloudException(
            ErrorCode.JOB_RUNNING,
            under.<Map<String, Object>>map(id -> Map.of("executionId", id)).orElse(Map.of()),
            key.job(),
            what);
      }
    }
    return startLeased(key, parameters);
  }

  /** Starts the claimed run; a start that fails gives the claim up, so nobody takes it over. */
  private long startLeased(Key key, Properties parameters) {
    long execution;
    try {
      execution = start(key.job(), parameters);
    } catch (RuntimeException e) {
      leases.finish(key, holder());
      throw e;
    }
    leases.recordExecution(key, execution);
    return execution;
  }

  /**
   * Runs a period again whose lease this node took over from a node that went silent, with the
   * parameters the first run had.
   */
  public long restart(TakenOver lease) {
    Key key = lease.key();
    long execution = start(key.job(), parameters(lease.parameters()));
    leases.recordExecution(key, execution);
    LOG.warnf(
        "Took over %s for %s from a silent node (its execution %s); running it again as execution %d",
        key.job(), key.periodStart(), lease.deadExecution(), execution);
    audit.record(
        null,
        "job.taken_over",
        key.job(),
        key.periodStart() + ", execution " + execution + " after " + lease.deadExecution());
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

  /** Whether the execution is still going (as far as this node's job repository knows). */
  static boolean isRunning(long execution) {
    try {
      return RUNNING.contains(operator().getJobExecution(execution).getBatchStatus());
    } catch (NoSuchJobExecutionException e) {
      return false;
    }
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

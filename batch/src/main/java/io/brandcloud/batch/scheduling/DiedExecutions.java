package io.brandcloud.batch.scheduling;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.application.JobOwners;
import io.brandcloud.shared.ApplicationClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Closes, when this node starts, the job executions it started in its previous life that are still
 * marked as running: they died with the node (a crash, a {@code kill -9}). JBeret would otherwise
 * show them as STARTED or STOPPING for ever and refuse to restart or abandon them. They become
 * FAILED; the work they did not finish is done by the next run (charging catches up missed hours,
 * invoicing issues the missing invoices), and the unique keys keep it exactly once.
 */
@Singleton
@Startup
@DependsOn("brandcloud-ejb.jar#PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DiedExecutions {

  static final String EXIT_STATUS = "DIED_WITH_NODE";
  private static final Logger LOG = Logger.getLogger(DiedExecutions.class);
  private static final String STILL_RUNNING = "batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";

  @Resource(lookup = "java:jboss/datasources/BrandcloudBatchDS")
  DataSource jobRepository;

  @EJB JobOwners owners;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  @PostConstruct
  void closeExecutionsThatDiedWithThisNode() {
    close(BatchJobs.node());
  }

  /** Returns the executions of {@code node} that were closed now. */
  public List<Long> close(String node) {
    List<Long> started = owners.startedBy(node);
    if (started.isEmpty()) {
      return List.of();
    }
    List<Long> died;
    try (Connection connection = jobRepository.getConnection()) {
      died = markFailed(connection, started);
    } catch (SQLException e) {
      LOG.errorf(e, "Could not close the job executions that died with node %s", node);
      return List.of();
    }
    owners.forget(started, clock.now());
    for (long execution : died) {
      LOG.warnf("Job execution %d died with node %s; closed as FAILED", execution, node);
      audit.record(
          null, "job.died", "execution " + execution, "closed as FAILED when " + node + " started");
    }
    return died;
  }

  /**
   * Closes executions another node started and died with, found by the lease it stopped renewing;
   * returns those that were still marked as running.
   */
  public List<Long> closeSilent(List<Long> executions) {
    try (Connection connection = jobRepository.getConnection()) {
      return markFailed(connection, executions);
    } catch (SQLException e) {
      LOG.errorf(e, "Could not close the job executions %s of a silent node", executions);
      return List.of();
    }
  }

  private static List<Long> markFailed(Connection connection, List<Long> executions)
      throws SQLException {
    Array ids = connection.createArrayOf("bigint", executions.toArray(Long[]::new));
    List<Long> died = new ArrayList<>();
    try (PreparedStatement jobs =
        connection.prepareStatement(
            "UPDATE job_execution SET batchstatus = 'FAILED', exitstatus = ?, endtime = now(),"
                + " lastupdatedtime = now() WHERE jobexecutionid = ANY (?) AND "
                + STILL_RUNNING
                + " RETURNING jobexecutionid")) {
      jobs.setString(1, EXIT_STATUS);
      jobs.setArray(2, ids);
      try (ResultSet rows = jobs.executeQuery()) {
        while (rows.next()) {
          died.add(rows.getLong(1));
        }
      }
    }
    // UPDATE … RETURNING answers in whatever order it updated the rows: report them by id
    died.sort(null);
    Array diedIds = connection.createArrayOf("bigint", died.toArray(Long[]::new));
    try (PreparedStatement partitions =
            connection.prepareStatement(
                "UPDATE partition_execution SET batchstatus = 'FAILED', exitstatus = ?"
                    + " WHERE stepexecutionid IN (SELECT stepexecutionid FROM step_execution"
                    + " WHERE jobexecutionid = ANY (?)) AND "
                    + STILL_RUNNING);
        PreparedStatement steps =
            connection.prepareStatement(
                "UPDATE step_execution SET batchstatus = 'FAILED', exitstatus = ?,"
                    + " endtime = now() WHERE jobexecutionid = ANY (?) AND "
                    + STILL_RUNNING)) {
      for (PreparedStatement update : List.of(partitions, steps)) {
        update.setString(1, EXIT_STATUS);
        update.setArray(2, diedIds);
        update.executeUpdate();
      }
    }
    return died;
  }
}

package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.batch.scheduling.DiedExecutions;
import io.brandcloud.platform.application.JobOwners;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node that comes back closes the executions that died with it: still "running" in JBeret's
 * repository, they become FAILED (job, step and partitions); finished ones and other nodes' stay.
 */
@ExtendWith(ArquillianExtension.class)
class DiedExecutionsIT {

  @Resource(lookup = "java:jboss/datasources/BrandcloudBatchDS")
  DataSource jobRepository;

  @EJB DiedExecutions diedExecutions;
  @EJB JobOwners owners;

  @Test
  void executionsLeftRunningByACrashedNodeAreClosedAsFailed() throws SQLException {
    String node = "crashed-" + System.nanoTime();
    long died = execution("STARTED");
    long stopping = execution("STOPPING");
    long finished = execution("COMPLETED");
    long elsewhere = execution("STARTED");
    for (long execution : new long[] {died, stopping, finished}) {
      owners.record(execution, node, Instant.now());
    }
    owners.record(elsewhere, node + "-other", Instant.now());

    assertThat(diedExecutions.close(node)).containsExactly(died, stopping);

    assertThat(statusOf("job_execution", died)).isEqualTo("FAILED DIED_WITH_NODE");
    assertThat(statusOf("job_execution", stopping)).isEqualTo("FAILED DIED_WITH_NODE");
    assertThat(statusOf("step_execution", died)).isEqualTo("FAILED DIED_WITH_NODE");
    assertThat(partitionStatusOf(died)).isEqualTo("FAILED DIED_WITH_NODE");
    assertThat(statusOf("job_execution", finished)).startsWith("COMPLETED");
    assertThat(statusOf("job_execution", elsewhere)).startsWith("STARTED");
    assertThat(BatchRuntime.getJobOperator().getJobExecution(died).getBatchStatus())
        .isEqualTo(BatchStatus.FAILED);
    assertThat(diedExecutions.close(node)).as("closed once, then forgotten").isEmpty();
  }

  /** A job execution as JBeret stores it, with one step and one partition in the same state. */
  private long execution(String status) throws SQLException {
    try (Connection connection = jobRepository.getConnection()) {
      long instance =
          single(
              connection,
              "INSERT INTO job_instance (version, jobname, applicationname)"
                  + " VALUES (1, 'hourly-charging', 'brandcloud') RETURNING jobinstanceid",
              null);
      long execution =
          single(
              connection,
              "INSERT INTO job_execution (jobinstanceid, version, createtime, starttime,"
                  + " lastupdatedtime, batchstatus, jobparameters) VALUES ("
                  + instance
                  + ", 1, now(), now(), now(), ?, '') RETURNING jobexecutionid",
              status);
      long step =
          single(
              connection,
              "INSERT INTO step_execution (jobexecutionid, version, stepname, starttime,"
                  + " batchstatus) VALUES ("
                  + execution
                  + ", 1, 'charge-tenants', now(), ?) RETURNING stepexecutionid",
              status);
      try (PreparedStatement partition =
          connection.prepareStatement(
              "INSERT INTO partition_execution (partitionexecutionid, stepexecutionid, version,"
                  + " batchstatus) VALUES (0, ?, 1, ?)")) {
        partition.setLong(1, step);
        partition.setString(2, status);
        partition.executeUpdate();
      }
      return execution;
    }
  }

  private static long single(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private String statusOf(String table, long execution) throws SQLException {
    return text(
        "SELECT batchstatus || ' ' || coalesce(exitstatus, '') FROM "
            + table
            + " WHERE jobexecutionid = ?",
        execution);
  }

  private String partitionStatusOf(long execution) throws SQLException {
    return text(
        "SELECT p.batchstatus || ' ' || coalesce(p.exitstatus, '') FROM partition_execution p"
            + " JOIN step_execution s ON s.stepexecutionid = p.stepexecutionid"
            + " WHERE s.jobexecutionid = ?",
        execution);
  }

  private String text(String sql, long execution) throws SQLException {
    try (Connection connection = jobRepository.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, execution);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getString(1).strip();
      }
    }
  }
}

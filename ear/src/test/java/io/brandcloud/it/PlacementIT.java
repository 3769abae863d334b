package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.platform.application.TenantMoves;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.platform.domain.TenantMove;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.SchemaMigrator;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenants on a second PostgreSQL server (second-postgres.sh starts it): the placement is added to
 * the running server with the shipped add-placement.cli, a new tenant goes to it because it holds
 * the fewest, lives there (servers built through the command queue, hours charged by the batch job,
 * balances), moves to the main server with its ledger intact while its portal is closed, and is
 * served from there. A move that cannot reach its target leaves the tenant where it was; a source
 * that differs from its copy after the switch is kept, not dropped.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementIT {

  private static final String SECOND = "second";
  private static final String UNREACHABLE = "unreachable";
  private static final Caller OPERATOR = Caller.operator("operator@brandcloud.local");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB TenantMoves moves;
  @EJB Tenants tenantAdmin;
  @EJB Wallets wallets;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void aTenantLivesOnASecondServerAndMovesWithItsLedgerIntact() throws Exception {
    PlacementCli.add(
        SECOND,
        Integer.getInteger("brandcloud.it.placement.port"),
        System.getProperty("brandcloud.it.placement.db"));
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> Placements.configured().contains(SECOND));
      Http management =
          new Http(
              URI.create(
                  "http://127.0.0.1:"
                      + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                      + "/"));
      assertThat(management.get("health/ready").body())
          .as("readiness asks each placement")
          .contains("placement-secondMs");
      livesMovesAndComesBack();
    } finally {
      PlacementCli.remove(SECOND);
    }
  }

  private void livesMovesAndComesBack() throws Exception {
    Instant start = Scenario.nextMonthAt("10:20");
    scenario.at(start);
    Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("placed"), new BigDecimal("20.00"), null);
    long id = shop.tenant().tenantId();
    TenantSchema schema = shop.tenant().schema();
    assertThat(tenantAdmin.get(id).placement())
        .as("the second server holds no tenant yet, so the new one goes there")
        .isEqualTo(SECOND);
    assertThat(exists(SECOND, schema)).isTrue();
    assertThat(exists(Placements.MAIN, schema)).isFalse();

    long server = scenario.runningServer(shop, shop.customerId(), "web-1");
    assertThat(Jobs.chargeUpTo(start.plus(Duration.ofHours(1)).plusSeconds(60)))
        .isEqualTo(BatchStatus.COMPLETED);
    BigDecimal balance = balance(shop);
    assertThat(balance).as("charged for 10:00 and 11:00").isLessThan(new BigDecimal("20.00"));
    Ledger before = ledger(SECOND, schema);
    assertThat(before.entries()).isGreaterThanOrEqualTo(3);

    Http portal = new Http(Http.localServer());
    String status = "t/" + shop.tenant().slug() + "/api/v1/status";
    assertThat(portal.get(status).statusCode()).isEqualTo(200);

    TenantMove started = asOperator(() -> moves.move(id, Placements.MAIN));
    assertThat(started.state()).isEqualTo(TenantMove.COPYING);
    HttpResponse<String> closed = portal.get(status);
    assertThat(closed.statusCode()).as("closed while it copies").isEqualTo(503);
    assertThat(closed.body()).contains("\"code\":\"maintenance\"");
    assertThatThrownBy(() -> asOperator(() -> moves.move(id, Placements.MAIN)))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("under way");

    TenantMove moved = awaitFinished(id);
    assertThat(moved.state()).as(String.valueOf(moved.failure())).isEqualTo(TenantMove.DONE);
    assertThat(moved.tablesDone()).isEqualTo(moved.tablesTotal()).isPositive();
    assertThat(moved.rowsCopied()).isPositive();
    assertThat(tenantAdmin.get(id).placement()).isEqualTo(Placements.MAIN);
    assertThat(exists(SECOND, schema)).as("the source is dropped once verified").isFalse();
    assertThat(ledger(Placements.MAIN, schema)).isEqualTo(before);
    assertThat(balance(shop)).isEqualByComparingTo(balance);
    assertThat(portal.get(status).statusCode()).as("open again").isEqualTo(200);

    assertThat(Jobs.chargeUpTo(start.plus(Duration.ofHours(2)).plusSeconds(60)))
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(balance(shop)).as("charged for 12:00 on the main server").isLessThan(balance);
    assertThat(ledger(Placements.MAIN, schema).entries()).isEqualTo(before.entries() + 1);
    assertThat(server).isPositive();

    movesBackAndRefusesToDropASourceThatChanged(shop, before.entries() + 1);
  }

  /**
   * Back to the second server and home again; a move to a server nobody can reach fails before its
   * switch and leaves the tenant where it was, open again; and a move that stopped after its switch
   * resumes, keeping a source that no longer matches its copy until an operator looks.
   */
  private void movesBackAndRefusesToDropASourceThatChanged(Fixture shop, long entries)
      throws Exception {
    long id = shop.tenant().tenantId();
    TenantSchema schema = shop.tenant().schema();
    asOperator(() -> moves.move(id, SECOND));
    assertThat(awaitFinished(id).state()).isEqualTo(TenantMove.DONE);
    assertThat(ledger(SECOND, schema).entries()).isEqualTo(entries);
    asOperator(() -> moves.move(id, Placements.MAIN));
    assertThat(awaitFinished(id).state()).isEqualTo(TenantMove.DONE);

    PlacementCli.add(UNREACHABLE, 1, "nowhere");
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Placements.configured().contains(UNREACHABLE));
      asOperator(() -> moves.move(id, UNREACHABLE));
      TenantMove failed = awaitFinished(id);
      assertThat(failed.state()).isEqualTo(TenantMove.FAILED);
      assertThat(tenantAdmin.get(id).placement()).isEqualTo(Placements.MAIN);
      assertThat(ledger(Placements.MAIN, schema).entries()).isEqualTo(entries);
      assertThat(
              new Http(Http.localServer())
                  .get("t/" + shop.tenant().slug() + "/api/v1/status")
                  .statusCode())
          .isEqualTo(200);
    } finally {
      PlacementCli.remove(UNREACHABLE);
    }

    stoppedAfterItsSwitch(id);
    try (Connection second = Placements.dataSource(SECOND).getConnection()) {
      new SchemaMigrator().migrateTenant(second, schema);
    }
    asOperator(() -> moves.move(id, null));
    TenantMove kept = awaitFinished(id);
    assertThat(kept.state()).isEqualTo(TenantMove.SWITCHED);
    assertThat(kept.failure()).contains("kept for inspection");
    assertThat(exists(SECOND, schema)).isTrue();

    try (Connection second = Placements.dataSource(SECOND).getConnection()) {
      new SchemaMigrator().dropTenant(second, schema);
    }
    // the stopped worker lets every node see the switch before it lets go of the move
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreException(BrandcloudException.class)
        .until(() -> asOperator(() -> moves.move(id, null)) != null);
    assertThat(awaitFinished(id).state())
        .as("resumed: nothing left to drop")
        .isEqualTo(TenantMove.DONE);
    assertThat(ledger(Placements.MAIN, schema).entries()).isEqualTo(entries);
  }

  /** What a node that died between the switch and dropping the source leaves behind. */
  private static void stoppedAfterItsSwitch(long id) throws SQLException {
    try (Connection main = Placements.main().getConnection();
        PreparedStatement stopped =
            main.prepareStatement(
                "UPDATE platform.tenant_moves SET state = 'SWITCHED', source = ?, target = 'main',"
                    + " failure = 'the node stopped', finished_at = NULL WHERE tenant_id = ?")) {
      stopped.setString(1, SECOND);
      stopped.setLong(2, id);
      stopped.executeUpdate();
    }
  }

  private TenantMove awaitFinished(long id) {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> last(id), m -> m.finished() || m.failure() != null);
  }

  private TenantMove last(long id) {
    return asOperator(() -> moves.lastMove(id)).orElseThrow();
  }

  private BigDecimal balance(Fixture shop) {
    return shop.as(() -> wallets.balanceOf(shop.customerId())).amount();
  }

  private static <T> T asOperator(Supplier<T> work) {
    return CurrentCaller.supplyAs(OPERATOR, work);
  }

  /** How many ledger entries the schema has on a server, and their sum. */
  record Ledger(long entries, BigDecimal sum) {}

  private static Ledger ledger(String placement, TenantSchema schema) throws SQLException {
    try (Connection connection = Placements.dataSource(placement).getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*), coalesce(sum(amount), 0) FROM "
                    + schema.name()
                    + ".ledger_entries");
        ResultSet row = query.executeQuery()) {
      row.next();
      return new Ledger(row.getLong(1), row.getBigDecimal(2).stripTrailingZeros());
    }
  }

  private static boolean exists(String placement, TenantSchema schema) throws SQLException {
    try (Connection connection = Placements.dataSource(placement).getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      query.setString(1, schema.name());
      try (ResultSet found = query.executeQuery()) {
        return found.next();
      }
    }
  }
}

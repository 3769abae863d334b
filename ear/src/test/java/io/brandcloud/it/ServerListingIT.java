package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The servers list a node keeps between changes is never older than the database: a change made
 * through this node shows in the very next request, one made behind the application's back (as
 * another node or a job would) within moments of its commit, also after the node lost its
 * connection for hearing changes.
 */
@ExtendWith(ArquillianExtension.class)
class ServerListingIT {

  private static final Duration MOMENTS = Duration.ofSeconds(5);

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Resource UserTransaction transaction;

  private Fixture shop;
  private Http customer;

  @BeforeEach
  void aCustomerWithAServer() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("listing"), new BigDecimal("10.00"));
    customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
  }

  @Test
  void aServerOrderedThroughThisNodeIsListedByTheVeryNextRequest() {
    assertThat(list()).contains("\"total\":0");

    HttpResponse<String> ordered =
        customer.post(
            servers(),
            "{\"planId\":%d,\"hostname\":\"next-1\",\"region\":\"sim-ams1\",\"image\":\"debian-12\"}"
                .formatted(shop.planId()));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);

    assertThat(list()).contains("\"hostname\":\"next-1\"").contains("\"total\":1");
  }

  @Test
  void aChangeWrittenBehindTheApplicationsBackIsListedWithinMoments() throws Exception {
    long server = scenario.runningServer(shop, shop.customerId(), "before-1");
    assertThat(list()).contains("\"hostname\":\"before-1\"");

    renameWithPlainSql(server, "after-1");

    await().atMost(MOMENTS).untilAsserted(() -> assertThat(list()).contains("after-1"));
  }

  @Test
  void changesMadeWhileNotHearingThemAreListedOnceHearingResumes() throws Exception {
    long server = scenario.runningServer(shop, shop.customerId(), "quiet-1");
    assertThat(list()).contains("\"hostname\":\"quiet-1\"");

    List<Integer> dropped = dropTheConnectionsThatHearChanges();
    renameWithPlainSql(server, "quiet-2");
    await()
        .atMost(MOMENTS)
        .until(() -> listeningConnections().stream().anyMatch(pid -> !dropped.contains(pid)));

    assertThat(list()).contains("quiet-2");
  }

  private String list() {
    HttpResponse<String> answer = customer.get(servers());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  private String servers() {
    return "t/" + shop.tenant().slug() + "/api/v1/servers";
  }

  /** Not through the servers' entity, so only the database's notice can tell the node. */
  private void renameWithPlainSql(long server, String hostname) throws Exception {
    transaction.begin();
    shop.as(
        () ->
            tenants
                .em()
                .createNativeQuery("UPDATE servers SET hostname = ?1 WHERE id = ?2")
                .setParameter(1, hostname)
                .setParameter(2, server)
                .executeUpdate());
    transaction.commit();
  }

  /** The server processes of the connections that were listening, now ended. */
  private List<Integer> dropTheConnectionsThatHearChanges() throws Exception {
    List<Integer> listening = listeningConnections();
    assertThat(listening).as("connections hearing changes").isNotEmpty();
    transaction.begin();
    for (int pid : listening) {
      tenants
          .em()
          .createNativeQuery("SELECT pg_terminate_backend(?1)")
          .setParameter(1, pid)
          .getSingleResult();
    }
    transaction.commit();
    return listening;
  }

  private List<Integer> listeningConnections() throws Exception {
    transaction.begin();
    List<?> pids =
        tenants
            .em()
            .createNativeQuery(
                "SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN brandcloud_changes'"
                    + " AND datname = current_database()")
            .getResultList();
    transaction.commit();
    return pids.stream().map(pid -> ((Number) pid).intValue()).toList();
  }
}

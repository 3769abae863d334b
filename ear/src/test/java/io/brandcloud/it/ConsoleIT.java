package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server's console over a real WebSocket: a ticket from the API opens the simulator's terminal
 * once, which answers what is typed; used, expired, made-up and stale tickets open nothing; a
 * server has at most two consoles open; each opening and end is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private Fixture shop;
  private Http customer;
  private String base;
  private long server;

  @BeforeEach
  void aCustomerWithARunningServer() {
    scenario.at(Scenario.nextMonthAt("09:00"));
    shop = tenants.withCustomer(TestTenants.uniqueSlug("console"), new BigDecimal("20.00"));
    server = scenario.runningServer(shop, shop.customerId(), "console-1");
    customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    base = "/t/" + shop.tenant().slug() + "/api/v1";
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void aTicketOpensTheTerminalOnceAndTheTerminalAnswers() {
    HttpResponse<String> minted = customer.post(base + "/servers/" + server + "/console", "");
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    assertThat(minted.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonObject ticket = Http.json(minted.body());
    assertThat(ticket.getString("ticket")).startsWith("bcc_" + shop.tenant().tenantId() + "_");
    assertThat(ticket.getString("socketPath"))
        .isEqualTo("/ws/console/" + ticket.getString("ticket"));

    SocketClient console = open(ticket);
    console.awaitScreen("root@console-1:~# ");
    console.type("hostname\r");
    console.awaitScreen("hostname\r\nconsole-1\r\n");
    console.type("uname -a\r");
    console.awaitScreen("Linux console-1 ");
    console.type("reboot-the-world\r");
    console.awaitScreen("-bash: reboot-the-world: command not found");
    console.type("exit\r");
    assertThat(console.awaitClosed()).isEqualTo("1000 logout");

    assertThat(open(ticket).awaitClosed()).isEqualTo("1008 ticket refused");
    Http staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(staff.get(base + "/admin/audit?action=server.console").body())
                    .contains("server.console_opened", "server.console_closed", "logout")
                    .contains(TestTenants.customerEmail(shop))
                    .as("the address of the request that asked for the ticket")
                    .contains("\"ip\":\"127.0.0.1\""));
  }

  @Test
  void onlyPagesOfThePlatformOrTheTenantOpenItsConsole() {
    SocketClient elsewhere =
        SocketClient.open(
            Http.localServer(), mint().getString("socketPath"), "https://attacker.example");
    assertThat(elsewhere.awaitClosed()).isEqualTo("1008 origin refused");

    String platform = Http.localServer().toString().replaceFirst("/$", "");
    SocketClient ours =
        SocketClient.open(Http.localServer(), mint().getString("socketPath"), platform);
    ours.awaitScreen("root@console-1:~# ");
    ours.close();
  }

  @Test
  void aMessageOverItsSizeClosesTheConsoleInOurOwnWords() {
    for (boolean binary : new boolean[] {false, true}) {
      SocketClient console = open(mint());
      console.awaitScreen("root@console-1:~# ");
      try {
        if (binary) {
          console.send(new byte[4 << 20]);
        } else {
          console.type("x".repeat(4 << 20));
        }
      } catch (java.util.concurrent.CompletionException closedWhileSending) {
        // the server may close before the last of it is sent
      }
      assertThat(console.awaitClosed()).as("binary " + binary).isEqualTo("1009 message too big");
    }
  }

  @Test
  void expiredMadeUpAndStaleTicketsOpenNothing() {
    JsonObject expiring = mint();
    scenario.at(Instant.parse(expiring.getString("expiresAt")).plusSeconds(1));
    assertThat(open(expiring).awaitClosed()).isEqualTo("1008 ticket refused");

    String madeUp = "bcc_" + shop.tenant().tenantId() + "_" + "A".repeat(43);
    assertThat(SocketClient.open(Http.localServer(), "/ws/console/" + madeUp).awaitClosed())
        .isEqualTo("1008 ticket refused");
    assertThat(SocketClient.open(Http.localServer(), "/ws/console/not-a-ticket").awaitClosed())
        .isEqualTo("1008 ticket refused");

    JsonObject stale = mint();
    assertThat(customer.delete(base + "/servers/" + server).statusCode()).isEqualTo(202);
    assertThat(open(stale).awaitClosed()).isEqualTo("1008 ticket refused");
    assertThat(customer.post(base + "/servers/" + server + "/console", "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aServerHasAtMostTwoConsolesOpen() {
    SocketClient first = open(mint());
    SocketClient second = open(mint());
    first.awaitScreen(":~# ");
    second.awaitScreen(":~# ");
    assertThat(open(mint()).awaitClosed()).startsWith("1008 The server has 2 consoles open");

    first.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> opens(mint()));
    second.close();
  }

  @Test
  void onlyTheServersOrganisationGetsATicket() {
    tenants.fundedCustomer(shop, "neighbour", new BigDecimal("5.00"));
    Http neighbour =
        new Http(Http.localServer())
            .as("neighbour@" + shop.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    assertThat(neighbour.post(base + "/servers/" + server + "/console", "").statusCode())
        .isEqualTo(404);
    assertThat(
            new Http(Http.localServer())
                .post(base + "/servers/" + server + "/console", "")
                .statusCode())
        .isEqualTo(401);
  }

  private JsonObject mint() {
    HttpResponse<String> minted = customer.post(base + "/servers/" + server + "/console", "");
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    return Http.json(minted.body());
  }

  /** Whether the ticket's console opened (and closes it again). */
  private static boolean opens(JsonObject ticket) {
    SocketClient console = open(ticket);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> console.screen().contains(":~# ") || console.isClosed());
    boolean opened = !console.isClosed();
    console.close();
    return opened;
  }

  private static SocketClient open(JsonObject ticket) {
    return SocketClient.open(Http.localServer(), ticket.getString("socketPath"));
  }
}

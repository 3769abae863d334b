package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.OutboundAddresses;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant admin cannot make the panel call the platform's own network: with private addresses not
 * allowed (this test turns the operator's setting off in the running server, then back on), every
 * field whose address the panel calls refuses every form of such an address, an address saved
 * before is refused when called, and a failure to connect reads the same whatever the port does.
 */
@ExtendWith(ArquillianExtension.class)
class OutboundAddressesIT {

  /** Hosts of the platform's own network, as a probe wrote them. */
  private static final List<String> INSIDE =
      List.of(
          "127.0.0.1",
          "127.1",
          "2130706433",
          "0177.0.0.1",
          "0.0.0.0",
          "localhost",
          "LocalHost.",
          "[::1]",
          "[::ffff:127.0.0.1]",
          "[::ffff:7f00:1]",
          "169.254.169.254",
          "10.0.0.1",
          "172.16.0.1",
          "192.168.1.1",
          "100.64.0.1",
          "[fc00::1]",
          "[fe80::1]",
          "metadata.google.internal");

  @Inject TestTenants tenants;
  @EJB TenantSettings settings;

  private Fixture shop;
  private Http admin;
  private String before;

  @BeforeEach
  void privateAddressesRefused() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("ssrf"), BigDecimal.ONE);
    // a hundred refusals a minute: the rate limit is not what this test tries
    shop.as(() -> settings.change(SettingsChange.apiRequestsPerMinute(10_000), "test"));
    admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    before = System.getProperty(OutboundAddresses.PROPERTY);
    System.setProperty(OutboundAddresses.PROPERTY, "refused");
  }

  @AfterEach
  void allowedAgain() {
    if (before == null) {
      System.clearProperty(OutboundAddresses.PROPERTY);
    } else {
      System.setProperty(OutboundAddresses.PROPERTY, before);
    }
  }

  @Test
  void everyFieldThatMakesThePanelCallOutRefusesEveryFormOfAnInsideAddress() {
    long linode = created("linode", null);
    List<Field> fields =
        List.of(
            new Field("apiUrl", url -> connection("linode", url)),
            new Field("apiUrl", url -> connection("digitalocean", url)),
            new Field("apiUrl", url -> connection("virtfusion", url)),
            new Field(
                "apiUrl",
                url ->
                    admin.put(
                        api("/admin/connections/" + linode),
                        "{\"apiUrl\":\"" + url + "\",\"token\":\"new-token\"}")),
            new Field(
                "apiUrl",
                url ->
                    admin.put(
                        api("/admin/payment-gateways/stripe"),
                        "{\"secret\":\"sk_test_abc\",\"webhookSecret\":\"whsec_1\",\"apiUrl\":\""
                            + url
                            + "\"}")),
            new Field(
                "apiUrl",
                url ->
                    admin.put(
                        api("/admin/payment-gateways/paypal"),
                        "{\"publicId\":\"id\",\"secret\":\"s\",\"webhookId\":\"W1\",\"apiUrl\":\""
                            + url
                            + "\"}")),
            new Field(
                "host",
                url ->
                    admin.put(
                        api("/admin/support/mailbox"),
                        """
                        {"address":"help@shop.test","host":"%s","port":993,"security":"ssl",
                         "username":"help","password":"mailbox-password"}
                        """
                            .formatted(url.replaceFirst("^https://", "")))));
    for (Field field : fields) {
      for (String host : INSIDE) {
        String url = "https://" + host;
        HttpResponse<String> refused = field.set().apply(url);
        assertThat(refused.statusCode()).as(url + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).as(url).contains("\"field\":\"" + field.name() + "\"");
      }
    }
    assertThat(connection("linode", "http://localhost:9990").statusCode())
        .as("the management interface")
        .isEqualTo(400);
    assertThat(admin.get(api("/admin/support/mailbox")).statusCode()).isEqualTo(404);
  }

  @Test
  void anAddressSavedWhileAllowedIsNotCalledOnceItIsNot() throws IOException {
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      System.setProperty(OutboundAddresses.PROPERTY, "allowed");
      long saved = created("virtfusion", "http://127.0.0.1:" + listening.getLocalPort());
      System.setProperty(OutboundAddresses.PROPERTY, "refused");

      String checked = admin.post(api("/admin/connections/" + saved + "/check"), "").body();

      assertThat(Http.json(checked).getString("checkError"))
          .isEqualTo("VirtFusion: 127.0.0.1 does not resolve to a public address");
      listening.setSoTimeout(200);
      try (Socket nobody = listening.accept()) {
        throw new AssertionError("the panel connected to " + nobody);
      } catch (SocketTimeoutException expected) {
        // nothing connected
      }
    }
  }

  @Test
  void aClosedPortAndOneThatHangsUpReadTheSame() throws IOException {
    System.setProperty(OutboundAddresses.PROPERTY, "allowed");
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket hangsUp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture.runAsync(
          () -> {
            try {
              while (true) {
                hangsUp.accept().close();
                accepted.incrementAndGet();
              }
            } catch (IOException closedDown) {
              // the test ended
            }
          });
      String toClosed = checkError(created("virtfusion", "http://127.0.0.1:" + closed));
      String toOpen =
          checkError(created("virtfusion", "http://127.0.0.1:" + hangsUp.getLocalPort()));

      assertThat(accepted.get()).as("the open port was tried").isPositive();
      assertThat(toOpen).isEqualTo(toClosed).isEqualTo("VirtFusion: could not reach the provider");
    }
  }

  private record Field(String name, Function<String, HttpResponse<String>> set) {}

  private String checkError(long connection) {
    return Http.json(admin.post(api("/admin/connections/" + connection + "/check"), "").body())
        .getString("checkError");
  }

  private long created(String type, String apiUrl) {
    HttpResponse<String> created = connection(type, apiUrl);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> connection(String type, String apiUrl) {
    return admin.post(
        api("/admin/connections"),
        "{\"name\":\"%s %s\",\"type\":\"%s\",%s\"token\":\"a-token\"}"
            .formatted(
                type,
                System.nanoTime(),
                type,
                apiUrl == null ? "" : "\"apiUrl\":\"" + apiUrl + "\","));
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}

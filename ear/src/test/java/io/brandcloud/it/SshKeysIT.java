package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
 * An organisation's SSH keys over the API: added with OpenSSH's fingerprint, bad and repeated keys
 * refused clearly, deleted; chosen when a server is built and when it is rebuilt, and put on it by
 * the (simulated) provider; another organisation's key is "not found". Cloud-init user data given
 * at create reaches the provider and is forgotten once the server is built.
 */
@ExtendWith(ArquillianExtension.class)
class SshKeysIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private final Instant opened = Scenario.nextMonthAt("09:00");
  private Fixture shop;
  private Http customer;
  private String base;

  @BeforeEach
  void aCustomer() {
    scenario.at(opened);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("ssh-keys"), new BigDecimal("20.00"));
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
  void keysAreAddedListedAndDeletedAndBadOnesRefusedClearly() {
    HttpResponse<String> added = add("laptop", TestSshKeys.LAPTOP);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject key = Http.json(added.body());
    assertThat(key.getString("fingerprint")).isEqualTo(TestSshKeys.LAPTOP_FINGERPRINT);
    assertThat(key.getString("type")).isEqualTo("ssh-ed25519");
    assertThat(key.getInt("bits")).isEqualTo(256);
    assertThat(key.getString("publicKey"))
        .isEqualTo(TestSshKeys.withoutComment(TestSshKeys.LAPTOP));

    assertError(add("again", TestSshKeys.LAPTOP), 409, "saved already, as \u201claptop\u201d");
    assertError(add("Laptop", TestSshKeys.DESK), 409, "named \u201cLaptop\u201d");
    assertError(add("weak", TestSshKeys.WEAK_RSA), 400, "1024 bits");
    assertError(add("junk", "ssh-ed25519 AAAAnot-a-key"), 400, "publicKey");
    assertError(add("private", "-----BEGIN OPENSSH PRIVATE KEY-----"), 400, "publicKey");
    assertError(add(" ", TestSshKeys.DESK), 400, "name");
    assertThat(
            customer
                .post(base + "/ssh-keys", "{\"name\":\"x\",\"publicKey\":\"k\",\"colour\":1}")
                .statusCode())
        .isEqualTo(400);

    assertThat(add("desk", TestSshKeys.DESK).statusCode()).isEqualTo(201);
    assertThat(customer.get(base + "/ssh-keys").body())
        .contains("\"name\":\"desk\"", "\"name\":\"laptop\"")
        .doesNotContain("again", "weak");

    long id = key.getJsonNumber("id").longValue();
    assertThat(customer.delete(base + "/ssh-keys/" + id).statusCode()).isEqualTo(204);
    assertThat(customer.delete(base + "/ssh-keys/" + id).statusCode()).isEqualTo(404);
    assertThat(customer.get(base + "/ssh-keys").body()).doesNotContain("laptop");
  }

  @Test
  void aServerIsBuiltWithTheChosenKeysAndRebuiltWithOthers() {
    long laptop = idOf(add("laptop", TestSshKeys.LAPTOP));
    long desk = idOf(add("desk", TestSshKeys.DESK));
    tenants.fundedCustomer(shop, "stranger", BigDecimal.TEN);
    Http stranger =
        new Http(Http.localServer())
            .as("stranger@" + shop.tenant().slug() + ".test", TestTenants.CUSTOMER_PASSWORD);
    assertThat(order(stranger, laptop).statusCode())
        .as("another organisation's key is not found")
        .isEqualTo(404);
    assertThat(stranger.delete(base + "/ssh-keys/" + laptop).statusCode()).isEqualTo(404);

    HttpResponse<String> created = order(customer, laptop, desk);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long server = idOf(created);
    await().atMost(Duration.ofSeconds(30)).until(() -> !"pending".equals(status(server)));
    assertThat(authorizedKeys(server))
        .isEqualTo(
            TestSshKeys.withoutComment(TestSshKeys.LAPTOP)
                + "\n"
                + TestSshKeys.withoutComment(TestSshKeys.DESK));
    scenario.at(opened.plusSeconds(60));
    await().atMost(Duration.ofSeconds(60)).until(() -> "running".equals(status(server)));

    HttpResponse<String> rebuild =
        customer.post(
            base + "/servers/" + server + "/actions",
            "{\"type\":\"rebuild\",\"image\":\"ubuntu-24.04\",\"sshKeyIds\":[" + desk + "]}");
    assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> TestSshKeys.withoutComment(TestSshKeys.DESK).equals(authorizedKeys(server)));
    assertError(
        customer.post(
            base + "/servers/" + server + "/actions",
            "{\"type\":\"reboot\",\"sshKeyIds\":[" + desk + "]}"),
        400,
        "sshKeyIds");
  }

  @Test
  void aServerIsBuiltWithTheCustomersUserDataWhichIsForgottenOnceBuilt() {
    String cloudConfig = "#cloud-config\npackages:\n  - nginx\n";
    assertError(withUserData("echo hello"), 400, "#cloud-config");
    assertError(withUserData("#!/bin/sh\n" + "x".repeat(16_384)), 400, "16384 bytes");

    HttpResponse<String> created = withUserData(cloudConfig);
    long server = idOf(created);
    await().atMost(Duration.ofSeconds(30)).until(() -> !"pending".equals(status(server)));
    assertThat(simulatorColumn("user_data", server)).isEqualTo(cloudConfig);
    scenario.at(opened.plusSeconds(60));
    await().atMost(Duration.ofSeconds(60)).until(() -> "running".equals(status(server)));
    assertThat(
            shop.as(
                () ->
                    tenants
                        .em()
                        .createNativeQuery(
                            "SELECT count(*) FROM server_actions WHERE server_id = ?1"
                                + " AND user_data IS NOT NULL")
                        .setParameter(1, server)
                        .getSingleResult()))
        .as("kept only until the build ended")
        .isEqualTo(0L);
  }

  private HttpResponse<String> withUserData(String userData) {
    return customer.post(
        base + "/servers",
        Json.createObjectBuilder()
            .add("planId", shop.planId())
            .add("hostname", "init-1")
            .add("region", "sim-ams1")
            .add("image", "debian-12")
            .add("userData", userData)
            .build()
            .toString());
  }

  private String simulatorColumn(String column, long server) {
    return (String) tenants.simulatorColumn(shop, column, server);
  }

  private HttpResponse<String> add(String name, String publicKey) {
    return customer.post(
        base + "/ssh-keys", "{\"name\":\"" + name + "\",\"publicKey\":\"" + publicKey + "\"}");
  }

  private HttpResponse<String> order(Http who, long... keys) {
    StringBuilder ids = new StringBuilder();
    for (long key : keys) {
      ids.append(ids.isEmpty() ? "" : ",").append(key);
    }
    return who.post(
        base + "/servers",
        "{\"planId\":"
            + shop.planId()
            + ",\"hostname\":\"keyed\",\"region\":\"sim-ams1\",\"image\":\"debian-12\","
            + "\"sshKeyIds\":["
            + ids
            + "]}");
  }

  private String status(long server) {
    return Http.json(customer.get(base + "/servers/" + server).body()).getString("status");
  }

  private String authorizedKeys(long server) {
    return simulatorColumn("authorized_keys", server);
  }

  private static long idOf(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return Http.json(response.body()).getJsonNumber("id").longValue();
  }

  private static void assertError(HttpResponse<String> response, int status, String says) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(says);
  }
}

package io.brandcloud.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.brandcloud.it.browser.Browser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reseller connects each real provider type, here a mock of the vendor's API in this test's JVM
 * (answers shaped after the vendor's own examples; the requests themselves are checked against the
 * vendors' documents by the clients' contract tests): the connection is checked and synced, a plan
 * is sold on it, and a customer orders a server, which the server action worker builds at the
 * vendor, reboots and deletes, all over the REST API as a reseller and a customer would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RealProvidersIT {

  private static final String PASSWORD = "customer-password-1";

  /** {@code ssh-keygen -E md5 -l} of the customer's key, as DigitalOcean names it. */
  private static final String LAPTOP_MD5 = "de:dc:e2:cf:46:08:e7:66:96:e0:01:10:75:3d:d8:27";

  private final Http http = new Http(PortalSmokeIT.base());
  private final WireMockServer vendor = new WireMockServer(options().dynamicPort());
  private Mailbox smtp;
  private String slug;
  private Http admin;
  private Http customer;
  private String email;

  @BeforeEach
  void aResellerWithACustomerAndAVendor() {
    vendor.start();
    smtp = Mailbox.start();
  }

  @AfterEach
  void stop() {
    vendor.stop();
    smtp.close();
  }

  @Test
  void aLinodeServerIsBuiltRebootedAndDeleted() {
    shopIn("USD");
    answer("GET", urlPathEqualTo("/v4/profile"), 200, "{\"uid\":1,\"username\":\"reseller\"}");
    answer("GET", urlPathEqualTo("/v4/linode/types"), 200, page(LINODE_TYPE));
    answer("GET", urlPathEqualTo("/v4/regions"), 200, page(LINODE_REGION));
    answer("GET", urlPathEqualTo("/v4/images"), 200, page(LINODE_IMAGE));
    answer("GET", urlPathMatching("/v4/tags/.*"), 200, page());
    answer("POST", urlPathEqualTo("/v4/linode/instances"), 200, LINODE);
    answer("GET", urlPathEqualTo("/v4/linode/instances/123"), 200, LINODE);
    answer("POST", urlPathEqualTo("/v4/linode/instances/123/reboot"), 200, "{}");
    answer("DELETE", urlPathEqualTo("/v4/linode/instances/123"), 200, "{}");
    answer("POST", urlPathEqualTo("/v4/linode/instances/123/backups/enable"), 200, "{}");
    answer(
        "GET",
        urlPathEqualTo("/v4/linode/instances/123/backups"),
        200,
        "{\"automatic\":[{\"id\":7001,\"label\":null,\"status\":\"successful\",\"type\":\"auto\","
            + "\"available\":true,\"region\":\"us-east\",\"configs\":[],\"disks\":[],"
            + "\"created\":\"2026-11-20T02:00:00\",\"updated\":\"2026-11-20T02:10:00\","
            + "\"finished\":\"2026-11-20T02:10:00\"}],\"snapshot\":{\"current\":null,"
            + "\"in_progress\":null}}");
    answer("POST", urlPathEqualTo("/v4/linode/instances/123/backups/7001/restore"), 200, "{}");
    answer(
        "POST",
        urlPathEqualTo("/v4/linode/instances/123/backups"),
        200,
        "{\"id\":7003,\"label\":\"x\",\"status\":\"pending\",\"type\":\"snapshot\"}");
    answer(
        "GET",
        urlPathEqualTo("/v4/linode/instances/123/backups/7003"),
        200,
        "{\"id\":7003,\"label\":\"x\",\"status\":\"successful\",\"type\":\"snapshot\"}");
    answer(
        "PUT",
        urlPathEqualTo("/v4/networking/ips/203.0.113.1"),
        200,
        "{\"address\":\"203.0.113.1\",\"rdns\":\"mail.example.com\"}");
    answer("GET", urlPathEqualTo("/v4/linode/instances/123/firewalls"), 200, page());
    answer("POST", urlPathEqualTo("/v4/networking/firewalls"), 200, "{\"id\":456}");
    answer("GET", urlPathEqualTo("/v4/linode/instances/123/volumes"), 200, page());
    answer("POST", urlPathEqualTo("/v4/volumes"), 200, LINODE_VOLUME.formatted("creating", "123"));
    // detached again once its Linode is deleted: Linode deletes only a detached volume
    answer(
        "GET", urlPathEqualTo("/v4/volumes/12345"), 200, LINODE_VOLUME.formatted("active", "null"));
    answer("DELETE", urlPathEqualTo("/v4/volumes/12345"), 200, "{}");
    answer(
        "POST",
        urlPathEqualTo("/v4/volumes/12345/attach"),
        200,
        LINODE_VOLUME.formatted("active", "123"));

    answer(
        "GET",
        urlPathEqualTo("/v4/linode/instances/123/ips"),
        200,
        "{\"ipv4\":{\"public\":[{\"address\":\"203.0.113.1\",\"public\":true,\"type\":\"ipv4\"}],"
            + "\"private\":[],\"shared\":[],\"reserved\":[]}}");
    answer(
        "POST",
        urlPathEqualTo("/v4/linode/instances/123/ips"),
        200,
        "{\"address\":\"203.0.113.9\",\"public\":true,\"type\":\"ipv4\",\"linode_id\":123}");
    answer("DELETE", urlPathEqualTo("/v4/linode/instances/123/ips/203.0.113.9"), 200, "{}");

    long connection = connect("linode");
    long plan = sell(connection, "g6-standard-2");
    HttpResponse<String> priced =
        admin.put(api("/admin/plans/" + plan), "{\"backupMonthlyPrice\":2.00}");
    assertThat(priced.statusCode()).as(priced.body()).isEqualTo(200);
    assertThat(Http.json(priced.body()).getBoolean("backupsOffered")).isTrue();
    long server = order(plan, "us-east", "linode/debian12");

    awaitStatus(server, "running");
    assertThat(serverField(server, "ipv4")).isEqualTo("203.0.113.1");
    assertThat(bodyOf("POST", "/v4/linode/instances"))
        .contains("\"tags\":[\"bc-t")
        .contains("\"region\":\"us-east\"")
        .contains(
            "\"authorized_keys\":[\"" + TestSshKeys.withoutComment(TestSshKeys.LAPTOP) + "\"]");
    HttpResponse<String> reverse =
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"set_reverse_dns\",\"hostname\":\"mail.example.com\"}");
    assertThat(reverse.statusCode()).as(reverse.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "mail.example.com".equals(serverField(server, "reverseDns")));
    assertThat(bodyOf("PUT", "/v4/networking/ips/203.0.113.1"))
        .isEqualTo("{\"rdns\":\"mail.example.com\"}");
    applyAFirewall(server);
    assertThat(bodyOf("POST", "/v4/networking/firewalls"))
        .contains("\"label\":\"bc-fw-123\"", "\"inbound_policy\":\"DROP\"")
        .contains("\"protocol\":\"TCP\",\"addresses\":{\"ipv4\":[\"0.0.0.0/0\"]},\"ports\":\"22\"")
        .contains("\"devices\":{\"linodes\":[123]}");
    // once enabled, Linode shows the instance's Backup service on
    answer(
        "GET",
        urlPathEqualTo("/v4/linode/instances/123"),
        200,
        LINODE.replace("\"tags\"", "\"backups\":{\"enabled\":true},\"tags\""));
    switchBackupsOn(server);
    assertThat(sent("POST", "/v4/linode/instances/123/backups/enable"))
        .as("Linode's Backup service switched on, once")
        .isEqualTo(1);
    restoreTheBackup(server, "7001");
    assertThat(bodyOf("POST", "/v4/linode/instances/123/backups/7001/restore"))
        .isEqualTo("{\"linode_id\":123,\"overwrite\":true}");
    succeeds(server, customer.post(api("/servers/" + server + "/actions"), TAKE_BACKUP));
    assertThat(bodyOf("POST", "/v4/linode/instances/123/backups"))
        .as("Linode's manual snapshot, named after the server")
        .startsWith("{\"label\":\"" + serverField(server, "hostname") + "-");
    addAVolume(server);
    assertThat(bodyOf("POST", "/v4/volumes")).contains("\"size\":10", "\"linode_id\":123");
    addAnAddress(server, "203.0.113.9");
    assertThat(bodyOf("POST", "/v4/linode/instances/123/ips"))
        .isEqualTo("{\"type\":\"ipv4\",\"public\":true}");
    rebootAndDelete(server, "/v4/linode/instances/123/reboot", "/v4/linode/instances/123");
    assertThat(sent("DELETE", "/v4/volumes/12345")).as("its volume went with it").isEqualTo(1);
    assertThat(sent("DELETE", "/v4/linode/instances/123/ips/203.0.113.9"))
        .as("and its extra address")
        .isEqualTo(1);
  }

  @Test
  void aDigitalOceanDropletIsBuiltRebootedAndDeleted() {
    shopIn("USD");
    answer(
        "GET",
        urlPathEqualTo("/v2/account"),
        200,
        "{\"account\":{\"droplet_limit\":25,\"email\":\"r@x.test\",\"uuid\":\"u\",\"email_verified\":true,\"status\":\"active\",\"status_message\":\"\"}}");
    answer(
        "GET",
        urlPathEqualTo("/v2/sizes"),
        200,
        "{\"sizes\":[" + DO_SIZE + "],\"links\":{},\"meta\":{\"total\":1}}");
    answer(
        "GET",
        urlPathEqualTo("/v2/regions"),
        200,
        "{\"regions\":[" + DO_REGION + "],\"links\":{},\"meta\":{\"total\":1}}");
    answer(
        "GET",
        urlPathEqualTo("/v2/images"),
        200,
        "{\"images\":[" + DO_IMAGE + "],\"links\":{},\"meta\":{\"total\":1}}");
    answer(
        "GET",
        urlPathEqualTo("/v2/droplets"),
        200,
        "{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}");
    answer(
        "POST",
        urlPathEqualTo("/v2/droplets"),
        202,
        "{\"droplet\":" + DROPLET.replace("active", "new") + "}");
    answer(
        "GET",
        urlPathEqualTo("/v2/account/keys"),
        200,
        "{\"ssh_keys\":[],\"links\":{},\"meta\":{\"total\":0}}");
    answer(
        "POST",
        urlPathEqualTo("/v2/account/keys"),
        201,
        "{\"ssh_key\":{\"id\":512190,\"fingerprint\":\"" + LAPTOP_MD5 + "\",\"name\":\"laptop\"}}");
    answer("GET", urlPathEqualTo("/v2/droplets/3164444"), 200, "{\"droplet\":" + DROPLET + "}");
    answer("POST", urlPathEqualTo("/v2/droplets/3164444/actions"), 201, DO_ACTION);
    answer("GET", urlPathEqualTo("/v2/actions/36804636"), 200, DO_ACTION);
    answer("DELETE", urlPathEqualTo("/v2/droplets/3164444"), 204, null);
    answer(
        "GET",
        urlPathEqualTo("/v2/volumes"),
        200,
        "{\"volumes\":[],\"links\":{},\"meta\":{\"total\":0}}");
    answer("POST", urlPathEqualTo("/v2/volumes"), 201, "{\"volume\":" + DO_VOLUME + "}");
    answer("POST", urlPathEqualTo("/v2/volumes/" + DO_VOLUME_ID + "/actions"), 202, DO_ACTION);
    answer(
        "GET",
        urlPathEqualTo("/v2/volumes/" + DO_VOLUME_ID),
        200,
        "{\"volume\":" + DO_VOLUME + "}");
    answer("DELETE", urlPathEqualTo("/v2/volumes/" + DO_VOLUME_ID), 204, null);
    answer(
        "GET",
        urlPathEqualTo("/v2/droplets/3164444/backups"),
        200,
        "{\"backups\":[{\"id\":67539192,\"name\":\"web-01- 2026-11-20\",\"public\":false,"
            + "\"regions\":[\"nyc3\"],\"created_at\":\"2026-11-20T01:44:35Z\",\"min_disk_size\":25,"
            + "\"size_gigabytes\":2.34,\"type\":\"backup\"}],\"links\":{},\"meta\":{\"total\":1}}");
    answer(
        "GET",
        urlPathEqualTo("/v2/droplets/3164444/snapshots"),
        200,
        "{\"snapshots\":[{\"id\":6372321,\"name\":\"web-1-20261126-2140\",\"public\":false,"
            + "\"regions\":[\"nyc3\"],\"created_at\":\"2026-11-26T21:40:11Z\",\"min_disk_size\":25,"
            + "\"size_gigabytes\":2.34,\"type\":\"snapshot\"}],\"links\":{},\"meta\":{\"total\":1}}");
    answer(
        "DELETE",
        urlPathEqualTo("/v2/droplets/3164444/destroy_with_associated_resources/selective"),
        202,
        null);
    answer(
        "GET",
        urlPathEqualTo("/v2/droplets/3164444/firewalls"),
        200,
        "{\"firewalls\":[],\"meta\":{\"total\":0}}");
    answer("POST", urlPathEqualTo("/v2/firewalls"), 202, "{\"firewall\":{\"id\":\"fw-1\"}}");

    long connection = connect("digitalocean");
    long plan = sell(connection, "s-1vcpu-1gb");
    assertThat(admin.put(api("/admin/plans/" + plan), "{\"backupMonthlyPrice\":1.00}").statusCode())
        .isEqualTo(200);
    long server = order(plan, "nyc3", "ubuntu-20-04-x64");

    awaitStatus(server, "running");
    assertThat(bodyOf("POST", "/v2/droplets"))
        .contains("#cloud-config")
        .contains("bc-t")
        .contains("\"ssh_keys\":[\"" + LAPTOP_MD5 + "\"]");
    assertThat(bodyOf("POST", "/v2/account/keys"))
        .contains(TestSshKeys.withoutComment(TestSshKeys.LAPTOP));
    HttpResponse<String> reverse =
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"set_reverse_dns\",\"hostname\":\"mail.example.com\"}");
    assertThat(reverse.statusCode()).as(reverse.body()).isEqualTo(409);
    assertThat(reverse.body()).contains("action_not_offered");
    switchBackupsOn(server);
    assertThat(events("POST", "/v2/droplets/3164444/actions"))
        .anyMatch(e -> e.getRequest().getBodyAsString().contains("\"enable_backups\""));
    restoreTheBackup(server, "67539192");
    HttpResponse<String> backupNow =
        customer.post(api("/servers/" + server + "/actions"), TAKE_BACKUP);
    assertThat(backupNow.statusCode()).as(backupNow.body()).isEqualTo(409);
    assertThat(backupNow.body()).contains("action_not_offered");
    assertThat(events("POST", "/v2/droplets/3164444/actions"))
        .anyMatch(
            e ->
                e.getRequest()
                    .getBodyAsString()
                    .equals("{\"type\":\"restore\",\"image\":67539192}"));
    long key =
        Http.json("{\"keys\":" + customer.get(api("/ssh-keys")).body() + "}")
            .getJsonArray("keys")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> rebuildWithKeys =
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"rebuild\",\"image\":\"ubuntu-20-04-x64\",\"sshKeyIds\":[" + key + "]}");
    assertThat(rebuildWithKeys.statusCode()).as(rebuildWithKeys.body()).isEqualTo(409);
    assertThat(rebuildWithKeys.body()).contains("only when it is created");
    applyAFirewall(server);
    assertThat(bodyOf("POST", "/v2/firewalls"))
        .contains("\"name\":\"bc-fw-3164444\"", "\"droplet_ids\":[3164444]")
        .contains("\"ports\":\"22\",\"sources\":{\"addresses\":[\"0.0.0.0/0\"]}");
    takeASnapshot(server);
    assertThat(events("POST", "/v2/droplets/3164444/actions"))
        .anyMatch(e -> e.getRequest().getBodyAsString().contains("\"type\":\"snapshot\""));
    addAVolume(server);
    assertThat(bodyOf("POST", "/v2/volumes/" + DO_VOLUME_ID + "/actions"))
        .isEqualTo("{\"type\":\"attach\",\"droplet_id\":3164444,\"region\":\"nyc3\"}");
    answer(
        "GET",
        urlPathEqualTo("/v2/reserved_ips"),
        200,
        "{\"reserved_ips\":[],\"links\":{},\"meta\":{\"total\":0}}");
    answer(
        "POST",
        urlPathEqualTo("/v2/reserved_ips"),
        202,
        "{\"reserved_ip\":{\"ip\":\"45.55.96.47\",\"droplet\":null,\"locked\":true},"
            + "\"links\":{\"actions\":[{\"id\":36804636,\"rel\":\"assign_ip\"}]}}");
    answer(
        "GET",
        urlPathEqualTo("/v2/reserved_ips/45.55.96.47"),
        200,
        "{\"reserved_ip\":{\"ip\":\"45.55.96.47\",\"droplet\":null,\"locked\":false}}");
    answer("DELETE", urlPathEqualTo("/v2/reserved_ips/45.55.96.47"), 204, null);
    addAnAddress(server, "45.55.96.47");
    assertThat(bodyOf("POST", "/v2/reserved_ips")).isEqualTo("{\"droplet_id\":3164444}");
    rebootAndDelete(
        server,
        "/v2/droplets/3164444/actions",
        "/v2/droplets/3164444/destroy_with_associated_resources/selective");
    assertThat(bodyOf("DELETE", "/v2/droplets/3164444/destroy_with_associated_resources/selective"))
        .as("the droplet's snapshots go with it")
        .isEqualTo("{\"snapshots\":[\"6372321\"]}");
    assertThat(sent("DELETE", "/v2/volumes/" + DO_VOLUME_ID))
        .as("and its volume, deleted before it")
        .isEqualTo(1);
    assertThat(sent("DELETE", "/v2/reserved_ips/45.55.96.47"))
        .as("and its reserved IP, which DigitalOcean would bill on unassigned")
        .isEqualTo(1);
  }

  @Test
  void aVirtFusionServerIsBuiltRebootedAndDeletedOnAPlanWhoseCostStaffSet() {
    shopIn("EUR");
    answer("GET", urlPathEqualTo("/api/v1/connect"), 200, "[]");
    answer("GET", urlPathEqualTo("/api/v1/packages"), 200, "{\"data\":[" + VF_PACKAGE + "]}");
    answer("GET", urlPathEqualTo("/api/v1/compute/hypervisors/groups"), 200, VF_GROUPS);
    answer(
        "GET",
        urlPathEqualTo("/api/v1/media/templates/fromServerPackageSpec/1"),
        200,
        VF_TEMPLATES);
    answer(
        "GET",
        urlPathMatching("/api/v1/users/.*/byExtRelation"),
        404,
        "{\"msg\":\"user not found\"}");
    answer("POST", urlPathEqualTo("/api/v1/users"), 201, "{\"data\":{\"id\":3}}");
    answer("GET", urlPathEqualTo("/api/v1/servers/user/3"), 200, "{\"data\":[]}");
    answer("POST", urlPathEqualTo("/api/v1/servers"), 201, "{\"data\":" + VF_ALLOCATED + "}");
    answer("PUT", urlPathEqualTo("/api/v1/servers/70/modify/name"), 201, null);
    answer("POST", urlPathEqualTo("/api/v1/servers/70/build"), 200, "{\"data\":" + VF_BUILT + "}");
    answer("GET", urlPathEqualTo("/api/v1/ssh_keys/user/3"), 200, "{\"data\":[]}");
    answer("POST", urlPathEqualTo("/api/v1/ssh_keys"), 201, "{\"data\":{\"id\":9,\"name\":\"k\"}}");
    answer(
        "GET",
        urlPathEqualTo("/api/v1/servers/70"),
        200,
        "{\"data\":" + VF_BUILT.replace("queued", "complete") + "}");
    answer(
        "POST",
        urlPathEqualTo("/api/v1/servers/70/power/restart"),
        200,
        "{\"data\":{\"queueId\":174}}");
    answer("GET", urlPathEqualTo("/api/v1/queue/174"), 200, VF_QUEUE_DONE);
    answer("DELETE", urlPathEqualTo("/api/v1/servers/70"), 204, null);
    answer(
        "POST", urlPathEqualTo("/api/v1/servers/70/ipv4Qty"), 200, "{\"data\":[\"192.168.4.36\"]}");
    answer("DELETE", urlPathEqualTo("/api/v1/servers/70/ipv4"), 204, null);

    long connection = connect("virtfusion");
    HttpResponse<String> noCost =
        admin.post(
            api("/admin/plans"),
            "{\"connectionId\":"
                + connection
                + ",\"providerPlanCode\":\"1\",\"name\":\"VF 1\",\"markupPercent\":20}");
    assertThat(noCost.statusCode()).as("VirtFusion lists no price").isEqualTo(400);
    HttpResponse<String> cost =
        admin.put(
            api("/admin/connections/" + connection + "/catalog"),
            "{\"kind\":\"plan\",\"code\":\"1\",\"monthlyCost\":\"8.00\"}");
    assertThat(cost.statusCode()).as(cost.body()).isEqualTo(200);
    long plan = sell(connection, "1");
    HttpResponse<String> withUserData =
        customer.post(
            api("/servers"),
            "{\"planId\":"
                + plan
                + ",\"hostname\":\"init-1\",\"region\":\"1\",\"image\":\"8\","
                + "\"userData\":\"#cloud-config\\n\"}");
    assertThat(withUserData.statusCode()).as("VirtFusion takes no user data here").isEqualTo(409);
    assertThat(withUserData.body()).contains("action_not_offered", "user data");
    long server = order(plan, "1", "8");

    awaitStatus(server, "running");
    JsonObject build = Http.json(customer.get(api("/servers/" + server + "/actions")).body());
    assertThat(build.getJsonArray("data").getJsonObject(0).getBoolean("passwordWaiting"))
        .as("VirtFusion's own root password waits for the customer")
        .isTrue();
    assertThat(bodyOf("POST", "/api/v1/servers/70/build")).contains("\"sshKeys\":[9]");
    assertThat(bodyOf("POST", "/api/v1/ssh_keys"))
        .contains("\"userId\":3")
        .contains(TestSshKeys.withoutComment(TestSshKeys.LAPTOP));
    answer("GET", urlPathEqualTo("/api/v1/servers/70/vnc"), 200, vfVnc());
    vncConsole(server);
    vncConsoleInChromium(server);
    HttpResponse<String> restore =
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"restore_backup\",\"backupId\":\"1\"}");
    assertThat(restore.statusCode()).as("refused before VirtFusion is asked").isEqualTo(409);
    assertThat(restore.body()).contains("action_not_offered");
    assertThat(customer.get(api("/servers/" + server + "/backups")).body())
        .as("no backup plan named yet")
        .contains("\"offered\":false", "\"restorable\":false");
    String withPlan =
        VF_BUILT
            .replace("queued", "complete")
            .replace("\"tasks\"", "\"backupPlan\":{\"id\":3,\"name\":\"Daily\"},\"tasks\"");
    switchVirtFusionBackupsOn(connection, plan, server, withPlan);
    HttpResponse<String> snapshot =
        customer.post(api("/servers/" + server + "/actions"), "{\"type\":\"take_snapshot\"}");
    assertThat(snapshot.statusCode()).as("refused before VirtFusion is asked").isEqualTo(409);
    assertThat(snapshot.body()).contains("action_not_offered");
    assertThat(customer.get(api("/servers/" + server + "/snapshots")).body())
        .contains("\"offered\":false");
    HttpResponse<String> firewall =
        customer.put(api("/servers/" + server + "/firewall"), "{\"rules\":[]}");
    assertThat(firewall.statusCode()).as("refused before VirtFusion is asked").isEqualTo(409);
    assertThat(firewall.body()).contains("action_not_offered");
    assertThat(customer.get(api("/servers/" + server + "/firewall")).body())
        .contains("\"offered\":false");
    HttpResponse<String> volume =
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"create_volume\",\"volumeName\":\"data\",\"sizeGb\":10}");
    assertThat(volume.statusCode()).as("refused before VirtFusion is asked").isEqualTo(409);
    assertThat(volume.body()).contains("action_not_offered");
    assertThat(customer.get(api("/servers/" + server + "/volumes")).body())
        .contains("\"offered\":false");
    addAnAddress(server, "192.168.4.36");
    // VirtFusion lists the address on the server's interface from now on
    answer(
        "GET",
        urlPathEqualTo("/api/v1/servers/70"),
        200,
        "{\"data\":"
            + withPlan.replace(
                "{\"address\":\"192.168.4.32\"}",
                "{\"address\":\"192.168.4.32\"},{\"address\":\"192.168.4.36\"}")
            + "}");
    assertThat(bodyOf("POST", "/api/v1/servers/70/ipv4Qty"))
        .isEqualTo("{\"interface\":\"primary\",\"quantity\":1}");
    rebootAndDelete(server, "/api/v1/servers/70/power/restart", "/api/v1/servers/70");
    assertThat(bodyOf("DELETE", "/api/v1/servers/70/ipv4"))
        .as("its extra address released before it")
        .isEqualTo("{\"interface\":\"primary\",\"ip\":[\"192.168.4.36\"]}");
  }

  /**
   * A tenant in {@code currency}, its admin with an own password, and a confirmed, funded customer.
   */
  private void shopIn(String currency) {
    FreshShop shop = FreshShop.open(http, "vendor", currency);
    slug = shop.slug;
    admin = shop.admin;
    email = "buyer@" + slug + ".test";
    customer = shop.confirmedCustomer(smtp, email, PASSWORD);
    HttpResponse<String> credit =
        admin.post(
            api("/admin/customers/" + shop.onlyOrganisation() + "/credits"),
            "{\"amount\":\"100\",\"reason\":\"test\",\"reference\":\"" + slug + "\"}");
    assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);
    // these scenarios poll the API for every feature in turn; its limit is another test's subject
    HttpResponse<String> unlimited =
        admin.put(api("/admin/settings"), "{\"apiRequestsPerMinute\":10000}");
    assertThat(unlimited.statusCode()).as(unlimited.body()).isEqualTo(200);
  }

  /** Adds a connection of {@code type} at the mock, checks and syncs it; answers its id. */
  private long connect(String type) {
    HttpResponse<String> added =
        admin.post(
            api("/admin/connections"),
            "{\"name\":\""
                + type
                + "\",\"type\":\""
                + type
                + "\",\"apiUrl\":\"http://127.0.0.1:"
                + vendor.port()
                + "\",\"token\":\"vendor-token-"
                + type
                + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long id = Http.json(added.body()).getJsonNumber("id").longValue();
    HttpResponse<String> checked = admin.post(api("/admin/connections/" + id + "/check"), "");
    assertThat(Http.json(checked.body()).containsKey("checkError")).as(checked.body()).isFalse();
    assertThat(Http.json(checked.body()).containsKey("checkedAt")).as(checked.body()).isTrue();
    HttpResponse<String> synced = admin.post(api("/admin/connections/" + id + "/sync"), "");
    assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
    assertThat(
            vendor.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Authorization")))
        .as("the sealed token opened for each call")
        .containsOnly("Bearer vendor-token-" + type);
    return id;
  }

  private long sell(long connection, String providerPlan) {
    HttpResponse<String> plan =
        admin.post(
            api("/admin/plans"),
            "{\"connectionId\":"
                + connection
                + ",\"providerPlanCode\":\""
                + providerPlan
                + "\",\"name\":\"Sold "
                + providerPlan
                + "\",\"markupPercent\":20}");
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    return Http.json(plan.body()).getJsonNumber("id").longValue();
  }

  /** Orders a server with the customer's SSH key on it, as the vendor's own mechanism puts it. */
  private long order(long plan, String region, String image) {
    HttpResponse<String> key =
        customer.post(
            api("/ssh-keys"), "{\"name\":\"laptop\",\"publicKey\":\"" + TestSshKeys.LAPTOP + "\"}");
    assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
    HttpResponse<String> ordered =
        customer.post(
            api("/servers"),
            "{\"planId\":"
                + plan
                + ",\"hostname\":\"web-1\",\"region\":\""
                + region
                + "\",\"image\":\""
                + image
                + "\",\"sshKeyIds\":["
                + Http.json(key.body()).getJsonNumber("id")
                + "]}");
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    return Http.json(ordered.body()).getJsonNumber("id").longValue();
  }

  /** The backup add-on on, until the provider confirmed backups are on and they are billed. */
  private void switchBackupsOn(long server) {
    HttpResponse<String> backups =
        customer.post(api("/servers/" + server + "/backup"), "{\"enabled\":true}");
    assertThat(backups.statusCode()).as(backups.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.json(customer.get(api("/servers/" + server)).body())
                    .getBoolean("backupActive"));
  }

  /**
   * VirtFusion's backups follow the backup plan the connection names: none named, none offered;
   * named, the add-on switches the server's plan on and lists its backups (restored only in
   * VirtFusion's own backup manager).
   */
  private void switchVirtFusionBackupsOn(long connection, long plan, long server, String withPlan) {
    String path = "/admin/connections/" + connection + "/backup-plan";
    assertThat(admin.put(api(path), "{\"backupPlan\":\"daily\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> named = admin.put(api(path), "{\"backupPlan\":\"3\"}");
    assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    assertThat(Http.json(named.body()).getString("backupPlan")).isEqualTo("3");
    for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
      try (Browser browser = Browser.open(width, "en")) {
        browser.logIn(
            "t/" + slug + "/login.xhtml", "admin@" + slug + ".test", Http.OWN_STAFF_PASSWORD);
        browser.go("t/" + slug + "/admin/connections.xhtml");
        assertThat(browser.find("#list\\:connection\\:0\\:backupPlan").getAttribute("value"))
            .isEqualTo("3");
        browser.fitsTheWindow("connections-backup-plan");
      }
    }
    HttpResponse<String> priced =
        admin.put(api("/admin/plans/" + plan), "{\"backupMonthlyPrice\":1.50}");
    assertThat(priced.statusCode()).as(priced.body()).isEqualTo(200);
    assertThat(Http.json(priced.body()).getBoolean("backupsOffered")).isTrue();
    answer("PUT", urlPathEqualTo("/api/v1/servers/70/backups/plan/3"), 201, null);
    answer("GET", urlPathEqualTo("/api/v1/servers/70"), 200, "{\"data\":" + withPlan + "}");
    answer(
        "GET",
        urlPathEqualTo("/api/v1/backups/server/70"),
        200,
        "{\"data\":[{\"id\":42,\"serverId\":70,\"storage\":{\"id\":5,\"name\":\"Backup Server 1\"},"
            + "\"deleting\":false,\"complete\":true,\"created\":\"2026-11-20T02:00:00+00:00\"}]}");
    switchBackupsOn(server);
    assertThat(sent("PUT", "/api/v1/servers/70/backups/plan/3")).isEqualTo(1);
    HttpResponse<String> cleared = admin.put(api(path), "{\"backupPlan\":null}");
    assertThat(cleared.statusCode())
        .as("not while a server's backups follow it: VirtFusion would keep them on unbilled")
        .isEqualTo(409);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                customer
                    .get(api("/servers/" + server + "/backups"))
                    .body()
                    .contains("\"offered\":true"));
    assertThat(customer.get(api("/servers/" + server + "/backups")).body())
        .contains("\"restorable\":false", "\"42\"");
  }

  /** The provider's backup listed once backups are on, and restored over the server. */
  private void restoreTheBackup(long server, String backupId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> customer.get(api("/servers/" + server + "/backups")).body().contains(backupId));
    succeeds(
        server,
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"restore_backup\",\"backupId\":\"" + backupId + "\"}"));
  }

  /** The action asked for, once it succeeded at the provider. */
  private void succeeds(long server, HttpResponse<String> asked) {
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    long action = Http.json(asked.body()).getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                customer
                    .get(api("/servers/" + server + "/actions/" + action))
                    .body()
                    .contains("\"status\":\"succeeded\""));
  }

  /** SSH let in from everywhere over IPv4, through the action queue to the vendor. */
  private void applyAFirewall(long server) {
    HttpResponse<String> asked =
        customer.put(
            api("/servers/" + server + "/firewall"),
            "{\"rules\":[{\"protocol\":\"tcp\",\"ports\":\"22\",\"sources\":[\"0.0.0.0/0\"]}]}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                customer
                    .get(api("/servers/" + server + "/firewall"))
                    .body()
                    .contains("\"ports\":\"22\""));
  }

  /** Snapshots sold, one taken and listed as the provider keeps it, billed from when taken. */
  private void takeASnapshot(long server) {
    assertThat(admin.put(api("/admin/snapshot-price"), "{\"gbMonthPrice\":0.10}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> taken =
        customer.post(api("/servers/" + server + "/actions"), "{\"type\":\"take_snapshot\"}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                customer.get(api("/servers/" + server + "/snapshots")).body().contains("6372321"));
    assertThat(customer.get(api("/servers/" + server + "/snapshots")).body())
        .contains("\"offered\":true", "\"sizeGb\":2.34");
  }

  /** Volumes sold, one of 10 GB made and attached at the vendor through the action queue. */
  private void addAVolume(long server) {
    assertThat(admin.put(api("/admin/volume-price"), "{\"gbMonthPrice\":0.10}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> asked =
        customer.post(
            api("/servers/" + server + "/actions"),
            "{\"type\":\"create_volume\",\"volumeName\":\"data\",\"sizeGb\":10}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                customer
                    .get(api("/servers/" + server + "/volumes"))
                    .body()
                    .contains("\"status\":\"attached\""));
  }

  /** Extra addresses sold, one added at the vendor through the action queue. */
  private void addAnAddress(long server, String address) {
    assertThat(admin.put(api("/admin/ipv4-price"), "{\"monthPrice\":2.00}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> asked =
        customer.post(api("/servers/" + server + "/actions"), "{\"type\":\"add_ipv4\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    // polled gently: the customer's API allows so many requests a minute
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(400))
        .until(
            () ->
                Http.json(customer.get(api("/servers/" + server + "/addresses")).body())
                    .getJsonArray("addresses")
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(
                        a ->
                            address.equals(a.getString("address", null))
                                && "active".equals(a.getString("status"))));
  }

  private void rebootAndDelete(long server, String rebootPath, String deletePath) {
    HttpResponse<String> reboot =
        customer.post(api("/servers/" + server + "/actions"), "{\"type\":\"reboot\"}");
    assertThat(reboot.statusCode()).as(reboot.body()).isEqualTo(202);
    long action = Http.json(reboot.body()).getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "succeeded"
                    .equals(
                        Http.json(
                                customer
                                    .get(api("/servers/" + server + "/actions/" + action))
                                    .body())
                            .getString("status")));
    assertThat(events("POST", rebootPath))
        .as("one reboot (DigitalOcean's backups and restores are actions at the same address)")
        .filteredOn(
            e ->
                e.getRequest().getBodyAsString().isEmpty()
                    || e.getRequest().getBodyAsString().contains("\"reboot\""))
        .hasSize(1);

    assertThat(customer.delete(api("/servers/" + server)).statusCode()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> sent("DELETE", deletePath) == 1);
    assertThat(serverField(server, "status")).isEqualTo("terminated");
  }

  /**
   * The customer's console of a VirtFusion server: a ticket for a VNC screen, and a socket through
   * which a browser's RFB client meets the server's VNC ({@link VncStandIn}) without its password.
   */
  private void vncConsole(long server) {
    HttpResponse<String> ticket = customer.post(api("/servers/" + server + "/console"), "");
    assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
    JsonObject answer = Http.json(ticket.body());
    assertThat(answer.getString("kind")).isEqualTo("vnc");
    assertThat(ticket.body()).doesNotContain(VncStandIn.PASSWORD);
    SocketClient browser = SocketClient.open(Http.testServer(), answer.getString("socketPath"));
    byte[] version = "RFB 003.008\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(browser.awaitBytes(12)).isEqualTo(version);
    browser.send(version);
    assertThat(browser.awaitBytes(2)).as("no security").containsExactly(1, 1);
    browser.send(new byte[] {1});
    assertThat(browser.awaitBytes(4)).containsExactly(0, 0, 0, 0);
    browser.send(new byte[] {1});
    byte[] init = browser.awaitBytes(24 + VncStandIn.DESKTOP.length());
    assertThat(new String(init, 24, VncStandIn.DESKTOP.length(), StandardCharsets.US_ASCII))
        .isEqualTo(VncStandIn.DESKTOP);
    browser.close();
    assertThat(sent("GET", "/api/v1/servers/70/vnc")).isOne();
  }

  /**
   * The console page of the VirtFusion server on a phone: noVNC, loaded as modules from the panel,
   * connects through the panel and draws the server's screen.
   */
  private void vncConsoleInChromium(long server) {
    try (Browser browser = Browser.open(Browser.PHONE, "en")) {
      browser
          .go("t/" + slug + "/login.xhtml")
          .type("#login\\:email", email)
          .type("#login\\:password", PASSWORD)
          .clickToLeave("#login\\:submit");
      browser.go("t/" + slug + "/portal/console.xhtml?id=" + server);
      browser.waitForText("#bc-console-status", "Connected");
      String centre =
          "const c = document.querySelector('#bc-vnc canvas');"
              + " if (!c) { return null; }"
              + " const p = c.getContext('2d').getImageData(32, 24, 1, 1).data;"
              + " return p[0] + ',' + p[1] + ',' + p[2];";
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> "28,126,214".equals(browser.script(centre)));
      String module =
          (String) browser.script("return document.querySelector('script[type=module]').src");
      assertThat(module).contains("/assets/v/");
      assertThat(
              new Http(Http.testServer())
                  .get(java.net.URI.create(module).getRawPath().substring(1))
                  .headers()
                  .firstValue("Cache-Control"))
          .as("its address names the version of every module, so browsers keep it")
          .hasValue("public, max-age=31536000, immutable");
      browser.screenshot("vnc-console");
      assertThat(browser.horizontalOverflow()).as("the VNC console scrolls sideways").isZero();
    }
  }

  /** VirtFusion's VNC details, naming the stand-in VNC deployed with the test. */
  private static String vfVnc() {
    URI panel = Http.testServer();
    String socket = "ws://127.0.0.1:" + panel.getPort() + "/it/vnc-stand-in?token=t-70";
    return """
        {"data":{"vnc":{"ip":"192.168.4.2","hostname":null,"port":5903,"password":"%s",
         "wss":{"token":"t-70","url":"%s"},"enabled":true}}}
        """
        .formatted(VncStandIn.PASSWORD, socket);
  }

  private void awaitStatus(long server, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> status.equals(serverField(server, "status")));
  }

  private String serverField(long server, String name) {
    JsonObject body = Http.json(customer.get(api("/servers/" + server)).body());
    return body.containsKey(name) ? body.getString(name) : null;
  }

  private void answer(String method, UrlPattern url, int status, String json) {
    vendor.stubFor(
        request(method, url)
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json == null ? "" : json)));
  }

  private long sent(String method, String path) {
    return events(method, path).size();
  }

  private String bodyOf(String method, String path) {
    return events(method, path).get(0).getRequest().getBodyAsString();
  }

  private List<ServeEvent> events(String method, String path) {
    return vendor.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getMethod().getName().equals(method))
        .filter(e -> e.getRequest().getUrl().split("\\?")[0].equals(path))
        .toList();
  }

  private String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }

  private static String page(String... items) {
    return "{\"data\":["
        + String.join(",", items)
        + "],\"page\":1,\"pages\":1,\"results\":"
        + items.length
        + "}";
  }

  private static final String LINODE_VOLUME =
      "{\"id\":12345,\"label\":\"bc-vol-x\",\"status\":\"%s\",\"size\":10,"
          + "\"region\":\"us-east\",\"linode_id\":%s,\"tags\":[]}";
  private static final String DO_VOLUME_ID = "506f78a4-e098-11e5-ad9f-000f53306ae1";
  private static final String DO_VOLUME =
      "{\"id\":\""
          + DO_VOLUME_ID
          + "\",\"droplet_ids\":[],\"name\":\"bc-vol-x\",\"size_gigabytes\":10}";
  private static final String LINODE_TYPE =
      "{\"id\":\"g6-standard-2\",\"label\":\"Linode 4GB\",\"disk\":81920,\"memory\":4096,\"vcpus\":2,"
          + "\"price\":{\"hourly\":0.03,\"monthly\":20}}";
  private static final String LINODE_REGION =
      "{\"id\":\"us-east\",\"label\":\"Newark, NJ, USA\",\"capabilities\":[\"Linodes\"],\"status\":\"ok\"}";
  private static final String LINODE_IMAGE =
      "{\"id\":\"linode/debian12\",\"label\":\"Debian 12\",\"is_public\":true,\"deprecated\":false,"
          + "\"status\":\"available\"}";
  private static final String TAKE_BACKUP = "{\"type\":\"take_backup\"}";

  private static final String LINODE =
      "{\"id\":123,\"label\":\"web-1\",\"status\":\"running\",\"region\":\"us-east\",\"type\":\"g6-standard-2\","
          + "\"ipv4\":[\"203.0.113.1\"],\"tags\":[]}";
  private static final String DO_SIZE =
      "{\"slug\":\"s-1vcpu-1gb\",\"memory\":1024,\"vcpus\":1,\"disk\":25,\"price_monthly\":5,"
          + "\"available\":true,\"description\":\"Basic\"}";
  private static final String DO_REGION =
      "{\"name\":\"New York 3\",\"slug\":\"nyc3\",\"available\":true}";
  private static final String DO_IMAGE =
      "{\"id\":63663980,\"name\":\"20.04 (LTS) x64\",\"distribution\":\"Ubuntu\",\"slug\":\"ubuntu-20-04-x64\","
          + "\"status\":\"available\"}";
  private static final String DROPLET =
      "{\"id\":3164444,\"name\":\"web-1\",\"locked\":false,\"status\":\"active\",\"networks\":{\"v4\":"
          + "[{\"ip_address\":\"192.241.165.154\",\"type\":\"public\"}]},\"tags\":[]}";
  private static final String DO_ACTION =
      "{\"action\":{\"id\":36804636,\"status\":\"completed\",\"type\":\"reboot\"}}";
  private static final String VF_PACKAGE =
      "{\"id\":1,\"name\":\"Test\",\"enabled\":true,\"memory\":1024,\"primaryStorage\":10,\"cpuCores\":1}";
  private static final String VF_GROUPS =
      "{\"current_page\":1,\"data\":[{\"id\":1,\"name\":\"Default\",\"enabled\":true}],\"last_page\":1}";
  private static final String VF_TEMPLATES =
      "{\"data\":[{\"name\":\"Debian\",\"id\":1,\"templates\":[{\"id\":8,\"name\":\"Debian\","
          + "\"version\":\"12\",\"variant\":\"Minimal\",\"eol\":false}]}]}";
  private static final String VF_ALLOCATED =
      "{\"id\":70,\"ownerId\":3,\"name\":\"\",\"state\":\"allocated\",\"created\":\"2025-01-20T14:00:47+00:00\"}";
  private static final String VF_BUILT =
      "{\"id\":70,\"ownerId\":3,\"name\":\"web-1\",\"state\":\"queued\",\"suspended\":false,\"buildFailed\":false,"
          + "\"settings\":{\"decryptedPassword\":\"uv1dmfUUaENhNpbrGUwD\"},\"network\":{\"interfaces\":"
          + "[{\"type\":\"public\",\"ipv4\":[{\"address\":\"192.168.4.32\"}]}]},\"tasks\":{\"active\":false},"
          + "\"remoteState\":false}";
  private static final String VF_QUEUE_DONE =
      "{\"data\":{\"id\":174,\"finished\":\"2025-01-15T15:00:49+00:00\",\"failed\":false,\"progress\":100}}";
}

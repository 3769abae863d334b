package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.contracts.TestSshKeys.KEY;
import static io.brandcloud.contracts.TestSshKeys.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.contracts.VendorContract;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every call {@link VirtFusionCloud} makes, against the community OpenAPI document of VirtFusion's
 * API v1 (the copy whose paths carry {@code /api/v1} as a client sees them). The document leaves
 * {@code page} out of the paged lists that VirtFusion's own answers link with it, so that one query
 * parameter is let through. Answers follow the document's examples.
 */
class VirtFusionContractTest {

  private static final String TENANT = "bc-t7";
  private static final String REFERENCE = "bc-t7-s42";

  private final VendorContract virtFusion =
      new VendorContract(
          "derived-virtfusion-api-v1.normalized.json",
          "validation.request.parameter.query.unexpected");
  private final ProviderAccount account = virtFusion.account(TENANT);
  private final VirtFusionCloud cloud = new VirtFusionCloud();

  @AfterEach
  void stop() {
    virtFusion.close();
  }

  @Test
  void theCatalogIsReadFromPackagesGroupsAndTemplates() {
    virtFusion
        .answer("GET", "/api/v1/connect", 200, "[]")
        .answer("GET", "/api/v1/packages", 200, "{\"data\":[" + PACKAGE + "]}")
        .answer("GET", "/api/v1/compute/hypervisors/groups", 200, GROUPS)
        .answer("GET", "/api/v1/media/templates/fromServerPackageSpec/1", 200, TEMPLATES);

    cloud.check(account);
    assertThat(cloud.plans(account))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("1");
              assertThat(p.memoryMb()).isEqualTo(1024);
              assertThat(p.transferGb()).isEqualTo(200);
              assertThat(p.monthlyCost()).as("VirtFusion lists no price").isNull();
            });
    assertThat(cloud.regions(account)).extracting(r -> r.code()).containsExactly("1");
    assertThat(cloud.images(account))
        .extracting(i -> i.code() + " " + i.name())
        .containsExactly("8 Debian 11 (Bullseye) Minimal");
    virtFusion.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aServerIsAllocatedForTheTenantsUserNamedWithItsReferenceThenBuilt() {
    virtFusion
        .answer("GET", "/api/v1/users/bc-t7/byExtRelation", 404, "{\"msg\":\"user not found\"}")
        .answer("POST", "/api/v1/users", 201, USER)
        .answer("GET", "/api/v1/servers/user/3", 200, "{\"data\":[]}")
        .answer("POST", "/api/v1/servers", 201, "{\"data\":" + ALLOCATED + "}")
        .answer("PUT", "/api/v1/servers/70/modify/name", 201, null)
        .answer("POST", "/api/v1/servers/70/build", 200, "{\"data\":" + BUILT + "}")
        .answer(
            "GET",
            "/api/v1/ssh_keys/user/3",
            200,
            "{\"data\":[{\"id\":2,\"name\":\"laptop\",\"publicKey\":\""
                + KEY
                + " laptop\",\"type\":\"OpenSSH\",\"enabled\":true}]}")
        .answer(
            "POST",
            "/api/v1/ssh_keys",
            201,
            "{\"data\":{\"id\":5,\"name\":\"desk\",\"type\":\"OpenSSH\"}}");
    ServerSpec spec = new ServerSpec("web-1", "1", "1", "8");

    var created = cloud.create(account, spec, REFERENCE, "ignored", List.of(KEY, OTHER_KEY));
    assertThat(created.externalId()).isEqualTo("70");
    assertThat(created.rootPassword())
        .as("VirtFusion chooses it")
        .isEqualTo("uv1dmfUUaENhNpbrGUwD");
    assertThat(virtFusion.last("POST", "/api/v1/users").getBodyAsString())
        .contains("\"relStr\":\"bc-t7\"")
        .contains("\"sendMail\":false");
    assertThat(virtFusion.last("PUT", "/api/v1/servers/70/modify/name").getBodyAsString())
        .contains(REFERENCE);
    assertThat(virtFusion.last("POST", "/api/v1/servers/70/build").getBodyAsString())
        .contains("\"operatingSystemId\":8")
        .contains("\"email\":false")
        .contains("\"sshKeys\":[2,5]");
    assertThat(virtFusion.last("POST", "/api/v1/ssh_keys").getBodyAsString())
        .contains("\"userId\":3")
        .contains("\"publicKey\":\"" + OTHER_KEY + "\"");
    virtFusion.assertEveryRequestMatchesTheSpec();

    virtFusion.reset();
    virtFusion
        .answer("GET", "/api/v1/users/bc-t7/byExtRelation", 200, USER)
        .answer("GET", "/api/v1/servers/user/3", 200, "{\"data\":[" + BUILT + "]}");
    assertThat(cloud.create(account, spec, REFERENCE, "ignored", List.of()).externalId())
        .as("a retried create finds the server by its name and builds nothing more")
        .isEqualTo("70");
    assertThat(virtFusion.sent()).noneMatch(r -> r.startsWith("POST") || r.startsWith("PUT"));
    virtFusion.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void powerActionsAndResetsRunInVirtFusionsQueue() {
    String server = "/api/v1/servers/70";
    virtFusion
        .answer("POST", server + "/power/boot", 200, "{\"data\":{\"queueId\":171}}")
        .answer("POST", server + "/power/shutdown", 200, "{\"data\":{\"queueId\":172}}")
        .answer("POST", server + "/power/poweroff", 200, "{\"data\":{\"queueId\":173}}")
        .answer("POST", server + "/power/restart", 200, "{\"data\":{\"queueId\":174}}")
        .answer(
            "POST",
            server + "/resetPassword",
            200,
            "{\"data\":{\"queueId\":176,\"expectedPassword\":\"l1LMzm2JGhWYdjjn8JkC\"}}")
        .answer("POST", server + "/build", 200, "{\"data\":" + BUILT + "}")
        .answer("PUT", server + "/modify/name", 201, null)
        .answer("PUT", server + "/package/2", 200, "{\"info\":[\"CPU cores updated\"]}")
        .answer("POST", server + "/suspend", 204, null)
        .answer("POST", server + "/unsuspend", 204, null)
        .answer("DELETE", server, 204, null)
        .answer("GET", "/api/v1/queue/174", 200, QUEUE_DONE);

    assertThat(cloud.start(account, "70").handle()).isEqualTo("virtfusion:queue:171");
    cloud.shutDown(account, "70");
    cloud.powerOff(account, "70");
    ProviderTask reboot = cloud.reboot(account, "70");
    assertThat(cloud.resetPassword(account, "70", "ignored").rootPassword())
        .contains("l1LMzm2JGhWYdjjn8JkC");
    assertThat(cloud.rebuild(account, "70", "8", "ignored", List.of()).rootPassword())
        .contains("uv1dmfUUaENhNpbrGUwD");
    cloud.rename(account, "70", "db-2");
    assertThat(cloud.resize(account, "70", "2").note()).contains("restarts");
    cloud.suspend(account, "70");
    cloud.unsuspend(account, "70");
    assertThat(cloud.delete(account, "70").finished()).isTrue();
    assertThat(virtFusion.sent()).contains("DELETE /api/v1/servers/70?delay=0");
    assertThat(cloud.progress(account, "70", reboot.handle()).stage())
        .isEqualTo(TaskProgress.Stage.DONE);
    virtFusion.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aServerIsReadAsOurStateWithItsTrafficAndConsole() {
    virtFusion
        .answer(
            "GET",
            "/api/v1/servers/69",
            200,
            "{\"data\":" + BUILT.replace("\"queued\"", "\"complete\"") + "}")
        .answer("GET", "/api/v1/servers/99", 404, "{\"msg\":\"server not found\"}")
        .answer("GET", "/api/v1/servers/69/traffic", 200, TRAFFIC)
        .answer("GET", "/api/v1/servers/69/vnc", 200, VNC);

    assertThat(cloud.state(account, "69").phase()).isEqualTo(Phase.RUNNING);
    assertThat(cloud.state(account, "69").ipv4()).isEqualTo("192.168.4.32");
    assertThat(cloud.state(account, "99").phase()).isEqualTo(Phase.GONE);
    ServerUsage traffic =
        cloud.usage(
            account,
            "69",
            Instant.parse("2025-01-20T00:00:00Z"),
            Instant.parse("2025-01-21T00:00:00Z"));
    assertThat(traffic.cpuPercent()).as("VirtFusion measures no CPU history").isEmpty();
    assertThat(traffic.bytesIn())
        .extracting(ServerUsage.Sample::value)
        .containsExactly(1847110337L);
    ConsoleAccess console = cloud.console(account, "69").orElseThrow();
    assertThat(console.url())
        .startsWith("ws://")
        .endsWith("/vnc/?token=69316231-d34a-4d36-b754-ffd3253df96d");
    assertThat(console.password()).isEqualTo("ZNYonJeU");
    virtFusion.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void anExtraAddressIsAddedOnThePrimaryInterfaceOnceAndRemovedByAddress() {
    String built = BUILT.replace("\"queued\"", "\"complete\"");
    String withExtra =
        built.replace(
            "\"netmask\":\"255.255.254.0\"}]",
            "\"netmask\":\"255.255.254.0\"},{\"id\":34,\"order\":2,\"enabled\":true,"
                + "\"address\":\"192.168.4.36\",\"gateway\":\"192.168.4.1\","
                + "\"netmask\":\"255.255.254.0\"}]");
    virtFusion.answer("POST", "/api/v1/servers/69/ipv4Qty", 200, "{\"data\":[\"192.168.4.36\"]}");

    assertThat(cloud.offersExtraIpv4()).isTrue();
    var added = cloud.addIpv4(account, "69", java.util.Set.of("192.168.4.32"), false);
    assertThat(added.address()).isEqualTo("192.168.4.36");
    assertThat(added.assigning().finished()).isTrue();
    assertThat(virtFusion.last("POST", "/api/v1/servers/69/ipv4Qty").getBodyAsString())
        .isEqualTo("{\"interface\":\"primary\",\"quantity\":1}");
    assertThat(virtFusion.sent()).as("a first add takes nothing it finds").hasSize(1);
    virtFusion.assertEveryRequestMatchesTheSpec();

    virtFusion.reset();
    virtFusion
        .answer("GET", "/api/v1/servers/69", 200, "{\"data\":" + withExtra + "}")
        .answer("DELETE", "/api/v1/servers/69/ipv4", 204, null);
    assertThat(cloud.addIpv4(account, "69", java.util.Set.of("192.168.4.32"), true).address())
        .as("a retried add takes the address the first one got")
        .isEqualTo("192.168.4.36");
    assertThat(virtFusion.sent()).noneMatch(r -> r.startsWith("POST"));
    assertThat(cloud.removeIpv4(account, "69", "192.168.4.36").finished()).isTrue();
    assertThat(virtFusion.last("DELETE", "/api/v1/servers/69/ipv4").getBodyAsString())
        .isEqualTo("{\"interface\":\"primary\",\"ip\":[\"192.168.4.36\"]}");
    virtFusion.assertEveryRequestMatchesTheSpec();

    virtFusion.reset();
    virtFusion.answer("GET", "/api/v1/servers/69", 200, "{\"data\":" + built + "}");
    assertThat(cloud.removeIpv4(account, "69", "192.168.4.36").finished())
        .as("a retried release finds the address gone")
        .isTrue();
    assertThat(virtFusion.sent()).noneMatch(r -> r.startsWith("DELETE"));
    assertThatThrownBy(() -> cloud.removeIpv4(account, "69", "1.2.3.4/../../x"))
        .isInstanceOf(ProviderException.class);
  }

  @Test
  void backupsFollowTheConnectionsBackupPlanAndTheFinishedOnesAreListed() {
    ProviderAccount withPlan =
        new ProviderAccount(1, account.apiUrl(), account.token(), TENANT, "3");
    String built = BUILT.replace("\"queued\"", "\"complete\"");
    virtFusion
        .answer("PUT", "/api/v1/servers/69/backups/plan/3", 201, null)
        .answer("PUT", "/api/v1/servers/69/backups/plan/0", 201, null)
        .answer(
            "GET",
            "/api/v1/servers/69",
            200,
            "{\"data\":"
                + built.replace(
                    "\"tasks\"", "\"backupPlan\":{\"id\":3,\"name\":\"Daily\"},\"tasks\"")
                + "}")
        .answer("GET", "/api/v1/backups/server/69", 200, BACKUPS);

    assertThat(cloud.offersBackups(null)).as("not without a plan named").isFalse();
    assertThat(cloud.offersBackups("3")).isTrue();
    assertThat(cloud.enableBackups(withPlan, "69").finished()).isTrue();
    assertThat(virtFusion.sent()).contains("PUT /api/v1/servers/69/backups/plan/3");
    ProviderBackups listed = cloud.backups(withPlan, "69");
    assertThat(listed.enabled()).isTrue();
    assertThat(listed.backups())
        .as("finished ones, newest first; one being deleted is not restorable")
        .extracting(ProviderBackup::id, ProviderBackup::label)
        .containsExactly(tuple("49", "Backup Server 1"), tuple("42", "Backup Server 1"));
    assertThat(cloud.disableBackups(withPlan, "69").finished()).isTrue();
    assertThat(virtFusion.sent()).contains("PUT /api/v1/servers/69/backups/plan/0");
    assertThatThrownBy(() -> cloud.enableBackups(account, "69"))
        .as("a connection naming no plan switches none on")
        .isInstanceOf(ProviderException.class);
    assertThat(cloud.actions())
        .doesNotContain(ServerActionType.RESTORE_BACKUP, ServerActionType.TAKE_BACKUP);
    virtFusion.assertEveryRequestMatchesTheSpec();

    virtFusion.reset();
    virtFusion.answer("GET", "/api/v1/servers/69", 200, "{\"data\":" + built + "}");
    assertThat(cloud.backups(withPlan, "69").enabled())
        .as("a server with no backup plan has backups off")
        .isFalse();
  }

  private static final String BACKUPS =
      """
      {"data":[
        {"id":42,"serverId":69,"storage":{"id":5,"name":"Backup Server 1","enabled":true},
         "deleting":false,"restoring":false,"progress":false,"complete":true,"deleteAfter":null,
         "created":"2022-03-03T20:25:01+00:00","updated":"2022-03-03T20:26:01+00:00"},
        {"id":49,"serverId":69,"storage":{"id":5,"name":"Backup Server 1","enabled":true},
         "deleting":false,"restoring":false,"progress":false,"complete":true,"deleteAfter":null,
         "created":"2022-03-04T20:25:01+00:00","updated":"2022-03-04T20:26:01+00:00"},
        {"id":50,"serverId":69,"storage":{"id":5,"name":"Backup Server 1","enabled":true},
         "deleting":true,"restoring":false,"progress":false,"complete":true,"deleteAfter":null,
         "created":"2022-03-05T20:25:01+00:00","updated":"2022-03-05T20:26:01+00:00"},
        {"id":51,"serverId":69,"storage":{"id":5,"name":"Backup Server 1","enabled":true},
         "deleting":false,"restoring":false,"progress":true,"complete":false,"deleteAfter":null,
         "created":"2022-03-06T20:25:01+00:00","updated":"2022-03-06T20:26:01+00:00"}]}""";

  @Test
  void aVncAddressIsTakenOnlyOnTheApisHost() {
    String host = URI.create(account.apiUrl()).getHost();
    String base = account.apiUrl().replaceFirst("^http", "ws").replaceFirst("/+$", "");
    assertThat(VirtFusionCloud.vncSocket(account, "/vnc/?token=t"))
        .isEqualTo(base + "/vnc/?token=t");
    assertThat(VirtFusionCloud.vncSocket(account, "wss://" + host + ":4443/vnc/?token=t"))
        .isEqualTo("wss://" + host + ":4443/vnc/?token=t");
    for (String elsewhere :
        new String[] {
          "wss://elsewhere.test/vnc/",
          ".elsewhere.test/vnc/",
          "@elsewhere.test/vnc/",
          ":6379/",
          "//elsewhere.test/vnc/",
          "vnc/?token=t",
          "ftp://" + host + "/vnc/",
          "wss://" + host + ".elsewhere.test/vnc/"
        }) {
      assertThatThrownBy(() -> VirtFusionCloud.vncSocket(account, elsewhere))
          .as(elsewhere)
          .isInstanceOf(ProviderException.class)
          .hasMessageContaining("elsewhere than its host");
    }
    ProviderAccount encrypted =
        new ProviderAccount(1, "https://" + host, "token", account.tenantTag());
    assertThatThrownBy(() -> VirtFusionCloud.vncSocket(encrypted, "ws://" + host + "/vnc/"))
        .as("an HTTPS API's console is not opened unencrypted")
        .isInstanceOf(ProviderException.class);
  }

  @Test
  void failuresSayWhatVirtFusionSaid() {
    virtFusion
        .answer(
            "POST",
            "/api/v1/servers",
            422,
            "{\"errors\":[\"Invalid or disabled firewall ruleset\"]}")
        .answer(
            "POST",
            "/api/v1/servers/70/suspend",
            423,
            "{\"msg\":\"Server is locked by another task\"}");

    assertThatThrownBy(() -> cloud.suspend(account, "70"))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.transientFailure()).isTrue())
        .hasMessageContaining("locked by another task");
    assertThatThrownBy(() -> cloud.start(account, "not-a-number"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.REFUSED));
  }

  // shaped after the examples of the VirtFusion OpenAPI document
  private static final String PACKAGE =
      """
      {"id":1,"name":"Test","description":null,"enabled":true,"memory":1024,"primaryStorage":10,
       "traffic":200,"cpuCores":1,"primaryNetworkSpeedIn":0,"primaryNetworkSpeedOut":0,
       "primaryDiskType":"inherit","backupPlanId":0,"created":"2024-03-12T22:41:31.000000Z"}""";
  private static final String GROUPS =
      """
      {"current_page":1,"data":[{"id":1,"name":"Default","label":null,"description":"Default hypervisor group",
       "distributionType":5,"enabled":true,"default":true}],"next_page_url":null,"last_page":1,
       "per_page":200,"total":1}""";
  private static final String TEMPLATES =
      """
      {"data":[{"name":"Debian","description":"Debian GNU/Linux","icon":"debian_logo.png","id":1,
       "templates":[{"id":8,"name":"Debian","version":"11 (Bullseye)","variant":"Minimal","arch":1,
        "eol":false,"eol_date":"2026-03-12 00:00:00","eol_warning":false,"deploy_type":1,"vnc":false,
        "type":"linux"}]}]}""";
  private static final String USER =
      """
      {"data":{"id":3,"admin":false,"extRelationId":null,"name":"Brandcloud bc-t7",
       "email":"bc-t7@brandcloud.invalid","timezone":"Europe/London","suspended":false}}""";
  private static final String ALLOCATED =
      """
      {"id":70,"ownerId":3,"hypervisorId":14,"name":"","hostname":null,"commissionStatus":0,
       "uuid":"ab68e20a-211f-4b90-99f1-8ee9068c81de","state":"allocated","suspended":false,
       "buildFailed":false,"built":null,"created":"2025-01-20T14:00:47+00:00"}""";
  private static final String BUILT =
      """
      {"id":70,"ownerId":3,"hypervisorId":6,"name":"bc-t7-s42","hostname":"web-1","commissionStatus":1,
       "state":"queued","rebuild":false,"suspended":false,"buildFailed":false,
       "settings":{"osTemplateInstall":true,"osTemplateInstallId":8,"decryptedPassword":"uv1dmfUUaENhNpbrGUwD"},
       "network":{"interfaces":[{"name":"eth0","type":"public","ipv4":[{"id":33,"order":1,"enabled":true,
        "address":"192.168.4.32","gateway":"192.168.4.1","netmask":"255.255.254.0"}],"ipv6":[]}]},
       "tasks":{"active":false,"lastOn":"2025-01-15 15:00:49","actions":{"pending":[]}},"remoteState":false}""";
  private static final String QUEUE_DONE =
      """
      {"data":{"id":174,"jobId":"852","job":"App\\\\Jobs\\\\Server\\\\KVM\\\\Restart","hypervisorId":6,
       "serverId":70,"action":"restart_server","queue":"default","started":"2025-01-15T15:00:26+00:00",
       "finished":"2025-01-15T15:00:49+00:00","failed":false,"progress":100,
       "errors":{"exception":{"stringable":false,"errors":[],"type":null,"trace":null,"message":null}},
       "primaryActions":[],"subActions":[]}}""";
  private static final String TRAFFIC =
      """
      {"data":{"monthly":[{"month":2,"start":"2025-01-06 00:00:00","end":"2025-02-05 23:59:59",
        "rx":1847110337,"tx":1270421,"total":1848380758,"limit":20000,"blocks":[]},
       {"month":1,"start":"2024-12-06 00:00:00","end":"2025-01-05 23:59:59","rx":5650592916,
        "tx":42336801,"total":5692929717,"limit":20000,"blocks":[]}]}}""";
  private static final String VNC =
      """
      {"data":{"vnc":{"ip":"192.168.4.2","hostname":null,"port":5903,"password":"ZNYonJeU",
       "wss":{"token":"69316231-d34a-4d36-b754-ffd3253df96d","url":"/vnc/?token=69316231-d34a-4d36-b754-ffd3253df96d"},
       "enabled":true}}}""";
}

package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.contracts.TestSshKeys.KEY;
import static io.brandcloud.contracts.TestSshKeys.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.contracts.VendorContract;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every call {@link LinodeCloud} makes, against Linode's own OpenAPI document (4.189.0; the copy
 * without {@code additionalProperties:false} inside {@code allOf}, which strict validators apply to
 * each member and so reject every real create body). Answers follow the document's examples.
 */
class LinodeContractTest {

  private static final String TENANT = "bc-t7";
  private static final String REFERENCE = "bc-t7-s42";

  private final VendorContract linode =
      new VendorContract("derived-linode-openapi-v4.189.0.relaxed.json");
  private final ProviderAccount account = linode.account(TENANT);
  private final LinodeCloud cloud = new LinodeCloud();

  @AfterEach
  void stop() {
    linode.close();
  }

  @Test
  void theCatalogIsReadPageByPage() {
    linode
        .answer(
            "GET",
            "/v4/profile",
            200,
            "{\"uid\":1234,\"username\":\"reseller\",\"restricted\":false}")
        .answer("GET", "/v4/linode/types", 200, page(TYPE))
        .answer("GET", "/v4/regions", 200, page(REGION))
        .answer("GET", "/v4/images", 200, page(IMAGE));

    cloud.check(account);
    assertThat(cloud.plans(account))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("g6-standard-2");
              assertThat(p.memoryMb()).isEqualTo(4096);
              assertThat(p.diskGb()).isEqualTo(80);
              assertThat(p.transferGb()).isEqualTo(4000);
              assertThat(p.monthlyCost().amount()).isEqualByComparingTo("20");
              assertThat(p.monthlyCost().currency().getCurrencyCode()).isEqualTo("USD");
            });
    assertThat(cloud.regions(account))
        .as("the country apart from the place, named in the reader's language")
        .extracting(r -> r.code(), r -> r.name(), r -> r.country())
        .containsExactly(tuple("us-east", "Newark, NJ", "US"));
    assertThat(cloud.images(account)).extracting(i -> i.code()).containsExactly("linode/debian12");
    assertThat(linode.sent())
        .contains("GET /v4/linode/types", "GET /v4/images?page=1&page_size=500");
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aServerIsCreatedOnceWithItsReferenceAsATagAndFoundAgainByIt() {
    linode
        .answer("GET", "/v4/tags/" + REFERENCE, 200, page())
        .answer("POST", "/v4/linode/instances", 200, LINODE);
    ServerSpec spec = new ServerSpec("web-1", "g6-standard-2", "us-east", "linode/debian12");

    assertThat(
            cloud
                .create(account, spec, REFERENCE, "Secret-password-123", List.of(KEY, OTHER_KEY))
                .externalId())
        .isEqualTo("123");
    String body = linode.last("POST", "/v4/linode/instances").getBodyAsString();
    assertThat(body)
        .contains("\"tags\":[\"bc-t7\",\"bc-t7-s42\"]")
        .contains("\"label\":\"web-1-bc-t7-s42\"")
        .contains("\"root_pass\":\"Secret-password-123\"")
        .contains("\"authorized_keys\":[\"" + KEY + "\",\"" + OTHER_KEY + "\"]");
    linode.assertEveryRequestMatchesTheSpec();

    linode.reset();
    linode.answer(
        "GET", "/v4/tags/" + REFERENCE, 200, page("{\"type\":\"linode\",\"data\":" + LINODE + "}"));
    assertThat(
            cloud.create(account, spec, REFERENCE, "Secret-password-123", List.of()).externalId())
        .as("a retried create finds the first build")
        .isEqualTo("123");
    assertThat(linode.sent()).noneMatch(r -> r.startsWith("POST"));
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void userDataGoesToLinodesMetadataServiceBase64Encoded() {
    linode
        .answer("GET", "/v4/tags/" + REFERENCE, 200, page())
        .answer("POST", "/v4/linode/instances", 200, LINODE);
    ServerSpec spec =
        new ServerSpec("web-1", "g6-standard-2", "us-east", "linode/debian12")
            .withUserData("#cloud-config\npackage_update: true\n");

    cloud.create(account, spec, REFERENCE, "Secret-password-123", List.of());

    assertThat(cloud.takesUserData()).isTrue();
    assertThat(linode.last("POST", "/v4/linode/instances").getBodyAsString())
        .contains(
            "\"metadata\":{\"user_data\":\"I2Nsb3VkLWNvbmZpZwpwYWNrYWdlX3VwZGF0ZTogdHJ1ZQo=\"}");
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void everyActionIsSentAsLinodeDocumentsIt() {
    String instance = "/v4/linode/instances/123";
    linode
        .answer("POST", instance + "/boot", 200, "{}")
        .answer("POST", instance + "/shutdown", 200, "{}")
        .answer("POST", instance + "/reboot", 200, "{}")
        .answer("POST", instance + "/rebuild", 200, LINODE)
        .answer("POST", instance + "/password", 200, "{}")
        .answer("POST", instance + "/resize", 200, "{}")
        .answer("GET", instance, 200, LINODE)
        .answer("PUT", instance, 200, LINODE)
        .answer("DELETE", instance, 200, "{}")
        .answer("GET", instance + "/firewalls", 200, page())
        .answer("POST", instance + "/backups/enable", 200, "{}")
        .answer("POST", instance + "/backups/cancel", 200, "{}")
        .answer(
            "PUT",
            "/v4/networking/ips/203.0.113.1",
            200,
            "{\"address\":\"203.0.113.1\",\"type\":\"ipv4\",\"public\":true,"
                + "\"rdns\":\"mail.example.com\",\"linode_id\":123,\"region\":\"us-east\"}");

    assertThat(cloud.start(account, "123").handle()).isEqualTo(LinodeProgress.RUNNING);
    assertThat(cloud.shutDown(account, "123").handle()).isEqualTo(LinodeProgress.OFFLINE);
    cloud.reboot(account, "123");
    ProviderTask rebuild =
        cloud.rebuild(account, "123", "linode/ubuntu24.04", "Rebuilt-password-4", List.of(KEY));
    assertThat(rebuild.rootPassword()).contains("Rebuilt-password-4");
    assertThat(linode.last("POST", instance + "/rebuild").getBodyAsString())
        .contains("\"authorized_keys\":[\"" + KEY + "\"]");
    assertThat(cloud.resetPassword(account, "123", "Reset-password-55").rootPassword())
        .contains("Reset-password-55");
    cloud.rename(account, "123", "db-2");
    assertThat(cloud.offersBackups()).isTrue();
    assertThat(cloud.enableBackups(account, "123").finished()).isTrue();
    assertThat(cloud.disableBackups(account, "123").finished()).isTrue();
    assertThat(linode.sent())
        .contains("POST " + instance + "/backups/enable", "POST " + instance + "/backups/cancel");
    assertThat(cloud.setReverseDns(account, "123", "203.0.113.1", "mail.example.com").finished())
        .isTrue();
    assertThat(linode.last("PUT", "/v4/networking/ips/203.0.113.1").getBodyAsString())
        .isEqualTo("{\"rdns\":\"mail.example.com\"}");
    assertThat(linode.last("PUT", instance).getBodyAsString())
        .contains("\"label\":\"db-2-bc-t7-s42\"");
    cloud.resize(account, "123", "g6-standard-4");
    cloud.suspend(account, "123");
    cloud.unsuspend(account, "123");
    assertThat(cloud.delete(account, "123").finished()).isTrue();
    assertThat(linode.last("POST", instance + "/shutdown").getBody()).isEmpty();
    assertThat(linode.last("DELETE", instance).getBody()).isEmpty();
    assertThat(cloud.progress(account, "123", LinodeProgress.RUNNING).stage())
        .isEqualTo(TaskProgress.Stage.DONE);
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aLinodesFirewallIsCreatedAttachedThenItsRulesReplacedThenItIsDeleted() {
    try (VendorContract linode = new VendorContract(LinodeFirewallDocument.path())) {
      ProviderAccount account = linode.account(TENANT);
      String instance = "/v4/linode/instances/123";
      FirewallRules ssh =
          new FirewallRules(
              List.of(
                  FirewallRule.of("tcp", "22", List.of("203.0.113.0/24")),
                  FirewallRule.of("icmp", null, FirewallRule.EVERYONE)));
      linode
          .answer("GET", instance + "/firewalls", 200, page())
          .answer("POST", "/v4/networking/firewalls", 200, LINODE_FIREWALL);

      assertThat(cloud.offersFirewalls()).isTrue();
      assertThat(cloud.applyFirewall(account, "123", ssh).finished()).isTrue();
      assertThat(linode.last("POST", "/v4/networking/firewalls").getBodyAsString())
          .isEqualTo(
              "{\"label\":\"bc-fw-123\",\"rules\":{\"inbound_policy\":\"DROP\",\"inbound\":["
                  + "{\"action\":\"ACCEPT\",\"protocol\":\"TCP\",\"addresses\":"
                  + "{\"ipv4\":[\"203.0.113.0/24\"]},\"ports\":\"22\"},"
                  + "{\"action\":\"ACCEPT\",\"protocol\":\"ICMP\",\"addresses\":"
                  + "{\"ipv4\":[\"0.0.0.0/0\"],\"ipv6\":[\"::/0\"]}}],"
                  + "\"outbound_policy\":\"ACCEPT\",\"outbound\":[]},"
                  + "\"devices\":{\"linodes\":[123]}}");

      linode.reset();
      linode
          .answer("GET", instance + "/firewalls", 200, page(LINODE_FIREWALL))
          .answer("PUT", "/v4/networking/firewalls/456/rules", 200, "{}")
          .answer("DELETE", "/v4/networking/firewalls/456", 200, "{}");
      cloud.applyFirewall(
          account,
          "123",
          new FirewallRules(List.of(FirewallRule.of("udp", "51820", FirewallRule.EVERYONE))));
      assertThat(linode.last("PUT", "/v4/networking/firewalls/456/rules").getBodyAsString())
          .contains("{\"action\":\"ACCEPT\",\"protocol\":\"UDP\"")
          .contains("\"ports\":\"51820\"");
      assertThat(linode.sent()).noneMatch(r -> r.startsWith("POST"));
      cloud.applyFirewall(account, "123", FirewallRules.NONE);
      assertThat(linode.sent()).contains("DELETE /v4/networking/firewalls/456");
      linode.assertEveryRequestMatchesTheSpec();
    }
  }

  private static final String LINODE_FIREWALL =
      "{\"id\":456,\"label\":\"bc-fw-123\",\"status\":\"enabled\",\"tags\":[],"
          + "\"created\":\"2026-11-27T01:00:00\",\"updated\":\"2026-11-27T01:00:00\","
          + "\"rules\":{\"inbound_policy\":\"DROP\",\"outbound_policy\":\"ACCEPT\","
          + "\"inbound\":[],\"outbound\":[]}}";

  @Test
  void backupsAreListedFinishedOnlyAndOneIsRestoredOverTheSameLinode() {
    String instance = "/v4/linode/instances/123";
    linode
        .answer("GET", instance, 200, LINODE_WITH_BACKUPS)
        .answer("GET", instance + "/backups", 200, BACKUPS)
        .answer("POST", instance + "/backups/7001/restore", 200, "{}");

    ProviderBackups listed = cloud.backups(account, "123");

    assertThat(listed.enabled()).isTrue();
    assertThat(listed.backups())
        .extracting(ProviderBackup::id, ProviderBackup::takenAt, ProviderBackup::sizeMb)
        .containsExactly(
            tuple("7002", Instant.parse("2024-10-21T02:10:00Z"), 81408L),
            tuple("7001", Instant.parse("2024-10-20T02:10:00Z"), 81408L));
    ProviderTask restore = cloud.restoreBackup(account, "123", "7001");
    assertThat(restore.handle()).isEqualTo(LinodeProgress.SETTLED);
    assertThat(linode.last("POST", instance + "/backups/7001/restore").getBodyAsString())
        .isEqualTo("{\"linode_id\":123,\"overwrite\":true}");
    assertThatThrownBy(() -> cloud.restoreBackup(account, "123", "../7001"))
        .isInstanceOf(ProviderException.class);
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aBackupTakenNowIsLinodesManualSnapshotWatchedByItsOwnStatus() {
    String instance = "/v4/linode/instances/123";
    linode
        .answer("POST", instance + "/backups", 200, SNAPSHOT_BACKUP.formatted("pending"))
        .answer("GET", instance + "/backups/7003", 200, SNAPSHOT_BACKUP.formatted("running"));

    ProviderTask taken = cloud.takeBackup(account, "123", "web-1-20261127-1010");

    assertThat(linode.last("POST", instance + "/backups").getBodyAsString())
        .isEqualTo("{\"label\":\"web-1-20261127-1010\"}");
    assertThat(cloud.progress(account, "123", taken.handle()).stage())
        .isEqualTo(TaskProgress.Stage.UNDER_WAY);
    linode.answer("GET", instance + "/backups/7003", 200, SNAPSHOT_BACKUP.formatted("successful"));
    assertThat(cloud.progress(account, "123", taken.handle()).stage())
        .isEqualTo(TaskProgress.Stage.DONE);
    linode.answer("GET", instance + "/backups/7003", 200, SNAPSHOT_BACKUP.formatted("failed"));
    assertThat(cloud.progress(account, "123", taken.handle()).stage())
        .isEqualTo(TaskProgress.Stage.FAILED);
    assertThat(cloud.actions()).contains(ServerActionType.TAKE_BACKUP);
    linode.assertEveryRequestMatchesTheSpec();
  }

  private static final String SNAPSHOT_BACKUP =
      "{\"id\":7003,\"label\":\"web-1-20261127-1010\",\"status\":\"%s\","
          + "\"type\":\"snapshot\",\"available\":false,\"region\":\"us-east\",\"configs\":[],"
          + "\"disks\":[],\"created\":\"2026-11-27T10:10:00\",\"updated\":\"2026-11-27T10:10:00\","
          + "\"finished\":null}";

  @Test
  void aVolumeIsMadeAttachedOnceWatchedUntilActiveGrownDetachedAndDeletedOnceDetached() {
    linode
        .answer(
            "GET",
            "/v4/linode/instances/123/volumes",
            200,
            "{\"data\":[],\"page\":1,\"pages\":1,\"results\":0}")
        .answer("POST", "/v4/volumes", 200, VOLUME.formatted("creating", "123"))
        .answer("GET", "/v4/volumes/12345", 200, VOLUME.formatted("active", "123"))
        .answer("POST", "/v4/volumes/12345/resize", 200, VOLUME.formatted("resizing", "123"))
        .answer("POST", "/v4/volumes/12345/detach", 200, "{}")
        .answer("POST", "/v4/volumes/12345/attach", 200, VOLUME.formatted("active", "124"));

    assertThat(cloud.offersVolumes()).isTrue();
    assertThat(cloud.createVolume(account, "123", "us-east", "bc-vol-k2x8", 10)).isEqualTo("12345");
    assertThat(linode.last("POST", "/v4/volumes").getBodyAsString())
        .isEqualTo("{\"label\":\"bc-vol-k2x8\",\"size\":10,\"linode_id\":123}");
    ProviderTask attaching = cloud.attachVolume(account, "123", "us-east", "12345");
    assertThat(linode.sent()).as("made attached already").noneMatch(r -> r.contains("/attach"));
    assertThat(cloud.progress(account, "123", attaching.handle()).stage())
        .isEqualTo(TaskProgress.Stage.DONE);
    ProviderTask grown = cloud.resizeVolume(account, "us-east", "12345", 20);
    assertThat(linode.last("POST", "/v4/volumes/12345/resize").getBodyAsString())
        .isEqualTo("{\"size\":20}");
    assertThat(grown.handle()).startsWith("volume:");
    assertThat(cloud.detachVolume(account, "123", "us-east", "12345").finished()).isTrue();
    cloud.attachVolume(account, "124", "us-east", "12345");
    assertThat(linode.last("POST", "/v4/volumes/12345/attach").getBodyAsString())
        .isEqualTo("{\"linode_id\":124}");
    assertThatThrownBy(() -> cloud.deleteVolume(account, "us-east", "12345"))
        .as("an attached volume is detached first")
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.transientFailure()).isTrue());
    linode.assertEveryRequestMatchesTheSpec();

    linode.reset();
    linode
        .answer(
            "GET",
            "/v4/linode/instances/123/volumes",
            200,
            "{\"data\":["
                + VOLUME.formatted("active", "123")
                + "],\"page\":1,\"pages\":1,\"results\":1}")
        .answer("GET", "/v4/volumes/12345", 200, VOLUME.formatted("active", "null"))
        .answer("DELETE", "/v4/volumes/12345", 200, "{}");
    assertThat(cloud.createVolume(account, "123", "us-east", "bc-vol-k2x8", 10))
        .as("a retried create finds the first volume")
        .isEqualTo("12345");
    assertThat(linode.sent()).noneMatch(r -> r.startsWith("POST"));
    assertThat(cloud.deleteVolume(account, "us-east", "12345").finished()).isTrue();
    assertThat(linode.sent()).contains("DELETE /v4/volumes/12345");
    linode.assertEveryRequestMatchesTheSpec();
    assertThatThrownBy(() -> cloud.deleteVolume(account, "us-east", "../linode/instances/1"))
        .isInstanceOf(ProviderException.class);
  }

  @Test
  void anExtraAddressIsAllocatedOnceFoundAgainAfterALostAnswerAndDeleted() {
    linode
        .answer("GET", "/v4/linode/instances/123/ips", 200, IPS.formatted(address("97.107.143.10")))
        .answer("POST", "/v4/linode/instances/123/ips", 200, address("97.107.143.141"))
        .answer("DELETE", "/v4/linode/instances/123/ips/97.107.143.141", 200, "{}");

    assertThat(cloud.offersExtraIpv4()).isTrue();
    var added = cloud.addIpv4(account, "123", java.util.Set.of("97.107.143.10"), false);
    assertThat(added.address()).isEqualTo("97.107.143.141");
    assertThat(added.assigning().finished()).isTrue();
    assertThat(linode.last("POST", "/v4/linode/instances/123/ips").getBodyAsString())
        .isEqualTo("{\"type\":\"ipv4\",\"public\":true}");
    assertThat(cloud.removeIpv4(account, "123", "97.107.143.141").finished()).isTrue();
    assertThat(linode.sent()).contains("DELETE /v4/linode/instances/123/ips/97.107.143.141");
    linode.assertEveryRequestMatchesTheSpec();

    linode.reset();
    linode.answer(
        "GET",
        "/v4/linode/instances/123/ips",
        200,
        IPS.formatted(address("97.107.143.10") + "," + address("97.107.143.141")));
    assertThat(cloud.addIpv4(account, "123", java.util.Set.of("97.107.143.10"), true).address())
        .as("a retried add takes the address the first one got")
        .isEqualTo("97.107.143.141");
    assertThat(linode.sent()).noneMatch(r -> r.startsWith("POST"));
    linode.assertEveryRequestMatchesTheSpec();
    assertThatThrownBy(() -> cloud.removeIpv4(account, "123", "../../volumes/1"))
        .isInstanceOf(ProviderException.class);
  }

  private static String address(String address) {
    return """
        {"address":"%s","gateway":"97.107.143.1","linode_id":123,"prefix":24,"public":true,
         "rdns":null,"region":"us-east","subnet_mask":"255.255.255.0","type":"ipv4"}"""
        .formatted(address);
  }

  private static final String IPS =
      """
      {"ipv4":{"public":[%s],"private":[],"shared":[],"reserved":[],"vpc":[]},
       "ipv6":{"link_local":null,"slaac":null,"global":[]}}""";

  private static final String VOLUME =
      """
      {"id":12345,"label":"bc-vol-k2x8","status":"%s","size":10,"region":"us-east",
       "linode_id":%s,"linode_label":"web-1","filesystem_path":"/dev/disk/by-id/scsi-0Linode_Volume_bc-vol-k2x8",
       "created":"2026-11-27T03:40:00","updated":"2026-11-27T03:40:00","tags":[],"hardware_type":"nvme"}""";

  @Test
  void aLinodeIsReadAsOurStateAndOneDeletedUpstreamIsGone() {
    linode
        .answer("GET", "/v4/linode/instances/123", 200, LINODE)
        .answer("GET", "/v4/linode/instances/999", 404, "{\"errors\":[{\"reason\":\"Not found\"}]}")
        .answer(
            "DELETE", "/v4/linode/instances/999", 404, "{\"errors\":[{\"reason\":\"Not found\"}]}")
        .answer(
            "GET",
            "/v4/linode/instances/999/firewalls",
            404,
            "{\"errors\":[{\"reason\":\"Not found\"}]}")
        .answer(
            "GET",
            "/v4/tags/" + TENANT,
            200,
            page("{\"type\":\"linode\",\"data\":" + LINODE + "}"));

    assertThat(cloud.state(account, "123").phase()).isEqualTo(Phase.RUNNING);
    assertThat(cloud.state(account, "123").ipv4()).isEqualTo("203.0.113.1");
    assertThat(cloud.state(account, "123").ipv6())
        .as("without its prefix length")
        .isEqualTo("c001:d00d::1337");
    assertThat(cloud.console(account, "123").orElseThrow())
        .isEqualTo(new ConsoleAccess(ConsoleAccess.Kind.SSH, "ssh://root@203.0.113.1:22", null));
    assertThat(cloud.state(account, "999").phase()).isEqualTo(Phase.GONE);
    assertThat(cloud.delete(account, "999").finished())
        .as("already gone counts as deleted")
        .isTrue();
    assertThat(cloud.servers(account))
        .singleElement()
        .satisfies(s -> assertThat(s.reference()).isEqualTo(REFERENCE));
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void statsOfADayAndOfAMonthAreReadAsSamples() {
    Instant now = Instant.ofEpochMilli(1521484800000L);
    linode
        .answer("GET", "/v4/linode/instances/123/stats", 200, STATS)
        .answer("GET", "/v4/linode/instances/123/stats/2018/3", 200, STATS);

    ServerUsage day = cloud.usage(account, "123", now.minus(Duration.ofDays(1)), now);
    assertThat(day.cpuPercent()).extracting(ServerUsage.Sample::value).containsExactly(42L);
    assertThat(day.bytesIn()).extracting(ServerUsage.Sample::value).containsExactly(75_150L);
    ServerUsage month = cloud.usage(account, "123", now.minus(Duration.ofDays(10)), now);
    assertThat(month.bytesOut()).hasSize(1);
    linode.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void failuresSayWhatLinodeSaidAndWhetherToTryAgain() {
    linode
        .answer(
            "POST",
            "/v4/linode/instances/1/boot",
            429,
            "{\"errors\":[{\"reason\":\"Too many requests\"}]}",
            "Retry-After",
            "17")
        .answer(
            "POST",
            "/v4/linode/instances/2/boot",
            401,
            "{\"errors\":[{\"reason\":\"Invalid Token\"}]}")
        .answer(
            "POST",
            "/v4/linode/instances/3/password",
            400,
            "{\"errors\":[{\"field\":\"root_pass\",\"reason\":\"Password does not meet strength requirement\"}]}")
        .answer("POST", "/v4/linode/instances/4/reboot", 503, "");

    assertThatThrownBy(() -> cloud.start(account, "1"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
            });
    assertThatThrownBy(() -> cloud.start(account, "2"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.UNAUTHORIZED))
        .hasMessageNotContaining(VendorContract.TOKEN);
    assertThatThrownBy(() -> cloud.resetPassword(account, "3", "weak"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.REFUSED))
        .hasMessageContaining("root_pass: Password does not meet strength requirement")
        .hasMessageNotContaining("weak");
    assertThatThrownBy(() -> cloud.reboot(account, "4"))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.transientFailure()).isTrue());
    assertThatThrownBy(() -> cloud.powerOff(account, "4"))
        .hasMessageContaining("no hard power-off");
  }

  private static String page(String... items) {
    return "{\"data\":["
        + String.join(",", items)
        + "],\"page\":1,\"pages\":1,\"results\":"
        + items.length
        + "}";
  }

  // shaped after the examples of Linode's OpenAPI document
  private static final String TYPE =
      """
      {"id":"g6-standard-2","label":"Linode 4GB","class":"standard","disk":81920,"memory":4096,
       "vcpus":2,"gpus":0,"transfer":4000,"network_out":1000,"price":{"hourly":0.03,"monthly":20},
       "region_prices":[{"id":"us-east","hourly":0.036,"monthly":24}],"successor":null}""";
  private static final String REGION =
      """
      {"id":"us-east","label":"Newark, NJ, USA","country":"us",
       "capabilities":["Linodes","NodeBalancers","Block Storage"],"status":"ok","site-type":"core"}""";
  private static final String IMAGE =
      """
      {"id":"linode/debian12","label":"Debian 12","vendor":"Debian","is_public":true,
       "deprecated":false,"status":"available","type":"manual","size":2500}""";
  private static final String LINODE =
      """
      {"id":123,"label":"web-1-bc-t7-s42","status":"running","region":"us-east","type":"g6-standard-2",
       "image":"linode/debian12","ipv4":["203.0.113.1","192.168.133.3"],"ipv6":"c001:d00d::1337/128",
       "tags":["bc-t7","bc-t7-s42"],"specs":{"disk":81920,"memory":4096,"vcpus":2,"gpus":0,"transfer":4000},
       "hypervisor":"kvm","created":"2018-01-01T00:01:01","updated":"2018-01-01T00:01:01"}""";
  private static final String LINODE_WITH_BACKUPS =
      LINODE.replace(
          "\"hypervisor\"",
          "\"backups\":{\"enabled\":true,\"available\":true,"
              + "\"schedule\":{\"day\":\"Scheduling\",\"window\":\"Scheduling\"}},"
              + "\"hypervisor\"");
  private static final String BACKUP =
      """
      {"id":%d,"label":null,"status":"%s","type":"auto","available":%s,"region":"us-east",
       "configs":["My Debian 12 Config"],
       "disks":[{"filesystem":"ext4","label":"Debian 12 Disk","size":80896},
                {"filesystem":"swap","label":"Swap","size":512}],
       "created":"%s","updated":"%s","finished":"%s"}""";
  private static final String BACKUPS =
      "{\"automatic\":["
          + BACKUP.formatted(
              7001,
              "successful",
              true,
              "2024-10-20T02:00:00",
              "2024-10-20T02:10:00",
              "2024-10-20T02:10:00")
          + ","
          + BACKUP.formatted(
              7003,
              "failed",
              false,
              "2024-10-22T02:00:00",
              "2024-10-22T02:01:00",
              "2024-10-22T02:01:00")
          + "],\"snapshot\":{\"current\":"
          + BACKUP
              .formatted(
                  7002,
                  "successful",
                  true,
                  "2024-10-21T02:00:00",
                  "2024-10-21T02:10:00",
                  "2024-10-21T02:10:00")
              .replace("\"auto\"", "\"snapshot\"")
          + ",\"in_progress\":null}}";
  private static final String STATS =
      """
      {"title":"linode.com - my-linode (linode123456) - day (5 min avg)",
       "cpu":[[1521484800000,42.0]],
       "io":{"io":[[1521484800000,0.19]],"swap":[[1521484800000,0]]},
       "netv4":{"in":[[1521484800000,2004]],"out":[[1521484800000,3928]],
                "private_in":[[1521484800000,0]],"private_out":[[1521484800000,5]]},
       "netv6":{"in":[[1521484800000,0]],"out":[[1521484800000,0]],
                "private_in":[[1521484800000,195]],"private_out":[[1521484800000,5]]}}""";
}

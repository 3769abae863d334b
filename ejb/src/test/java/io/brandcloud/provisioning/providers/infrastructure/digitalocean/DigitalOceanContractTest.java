package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.contracts.TestSshKeys.KEY;
import static io.brandcloud.contracts.TestSshKeys.KEY_MD5;
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
import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every call {@link DigitalOceanCloud} makes, against DigitalOcean's own OpenAPI document (the copy
 * whose few regular expressions invalid in JavaScript are removed). Answers follow the document's
 * examples.
 */
class DigitalOceanContractTest {

  private static final String TENANT = "bc-t7";
  private static final String REFERENCE = "bc-t7-s42";

  private final VendorContract digitalOcean =
      new VendorContract("derived-digitalocean-public.v2.sanitized.json");
  private final ProviderAccount account = digitalOcean.account(TENANT);
  private final DigitalOceanCloud cloud = new DigitalOceanCloud();

  @AfterEach
  void stop() {
    digitalOcean.close();
  }

  @Test
  void theCatalogIsReadPageByPage() {
    digitalOcean
        .answer("GET", "/v2/account", 200, ACCOUNT)
        .answer(
            "GET",
            "/v2/sizes",
            200,
            "{\"sizes\":[" + SIZE + "],\"links\":{},\"meta\":{\"total\":1}}")
        .answer(
            "GET",
            "/v2/regions",
            200,
            "{\"regions\":[" + REGION + "],\"links\":{},\"meta\":{\"total\":1}}")
        .answer(
            "GET",
            "/v2/images",
            200,
            "{\"images\":[" + IMAGE + "],\"links\":{\"pages\":{}},\"meta\":{\"total\":1}}");

    cloud.check(account);
    assertThat(cloud.plans(account))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("s-1vcpu-1gb");
              assertThat(p.monthlyCost().amount()).isEqualByComparingTo("5");
              assertThat(p.transferGb()).as("1 TB").isEqualTo(1000);
            });
    assertThat(cloud.regions(account)).extracting(r -> r.code()).containsExactly("nyc3");
    assertThat(cloud.images(account)).extracting(i -> i.code()).containsExactly("ubuntu-20-04-x64");
    assertThat(digitalOcean.sent())
        .contains("GET /v2/images?type=distribution&page=1&per_page=200");
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aDropletIsCreatedOnceWithItsReferenceAsATagAndARootPasswordByCloudInit() {
    digitalOcean
        .answer("GET", "/v2/droplets", 200, "{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}")
        .answer(
            "POST",
            "/v2/droplets",
            202,
            "{\"droplet\":"
                + DROPLET
                + ",\"links\":{\"actions\":[{\"id\":7515,\"rel\":\"create\",\"href\":\"https://api.digitalocean.com/v2/actions/7515\"}]}}");
    ServerSpec spec = new ServerSpec("web-1", "s-1vcpu-1gb", "nyc3", "ubuntu-20-04-x64");

    assertThat(cloud.create(account, spec, REFERENCE, "Root-password-1", List.of()).externalId())
        .isEqualTo("3164444");
    assertThat(digitalOcean.sent())
        .contains("GET /v2/droplets?tag_name=bc-t7-s42&page=1&per_page=200");
    String body = digitalOcean.last("POST", "/v2/droplets").getBodyAsString();
    assertThat(body)
        .contains("\"tags\":[\"bc-t7\",\"bc-t7-s42\"]")
        .contains("password: Root-password-1");
    digitalOcean.assertEveryRequestMatchesTheSpec();

    digitalOcean.reset();
    digitalOcean.answer(
        "GET",
        "/v2/droplets",
        200,
        "{\"droplets\":[" + DROPLET + "],\"links\":{},\"meta\":{\"total\":1}}");
    assertThat(cloud.create(account, spec, REFERENCE, "Root-password-1", List.of()).externalId())
        .as("a retried create finds the first droplet")
        .isEqualTo("3164444");
    assertThat(digitalOcean.sent()).noneMatch(r -> r.startsWith("POST"));
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aDropletIsBuiltFromASnapshotByItsImageId() {
    digitalOcean
        .answer("GET", "/v2/droplets", 200, "{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}")
        .answer("POST", "/v2/droplets", 202, "{\"droplet\":" + DROPLET + "}");
    ServerSpec spec =
        new ServerSpec("web-2", "s-1vcpu-1gb", "nyc3", "ubuntu-20-04-x64").withImage("6372321");

    assertThat(cloud.create(account, spec, REFERENCE, "Root-password-1", List.of()).externalId())
        .isEqualTo("3164444");
    assertThat(digitalOcean.last("POST", "/v2/droplets").getBodyAsString())
        .contains("\"image\":6372321");
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void userDataFollowsOurRootPasswordConfigInOneMultipartMessage() {
    digitalOcean
        .answer("GET", "/v2/droplets", 200, "{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}")
        .answer("POST", "/v2/droplets", 202, "{\"droplet\":" + DROPLET + "}");
    ServerSpec spec =
        new ServerSpec("web-1", "s-1vcpu-1gb", "nyc3", "ubuntu-20-04-x64")
            .withUserData("#!/bin/sh\necho hello > /root/hello\n");

    cloud.create(account, spec, REFERENCE, "Root-password-1", List.of());

    String userData =
        VendorJson.text(
            Json.createReader(
                    new StringReader(digitalOcean.last("POST", "/v2/droplets").getBodyAsString()))
                .readObject(),
            "user_data");
    assertThat(userData)
        .startsWith("Content-Type: multipart/mixed; boundary=\"" + CloudInit.BOUNDARY + "\"")
        .contains("Content-Type: text/cloud-config", "password: Root-password-1")
        .contains("Content-Type: text/x-shellscript", "echo hello > /root/hello")
        .endsWith("--" + CloudInit.BOUNDARY + "--\n");
    assertThat(userData.indexOf("text/cloud-config"))
        .as("ours first")
        .isLessThan(userData.indexOf("text/x-shellscript"));
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void sshKeysAreAddedToTheAccountWhenMissingAndNamedByFingerprint() {
    String other = "96:19:6d:9a:a7:cd:00:75:6c:98:1d:27:f3:8f:c6:cb";
    digitalOcean
        .answer("GET", "/v2/droplets", 200, "{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}")
        .answer(
            "GET",
            "/v2/account/keys",
            200,
            "{\"ssh_keys\":["
                + accountKey(512189, KEY_MD5)
                + "],\"links\":{},\"meta\":{\"total\":1}}")
        .answer("POST", "/v2/account/keys", 201, "{\"ssh_key\":" + accountKey(512190, other) + "}")
        .answer(
            "POST",
            "/v2/droplets",
            202,
            "{\"droplet\":"
                + DROPLET
                + ",\"links\":{\"actions\":[{\"id\":7515,\"rel\":\"create\",\"href\":\"https://api.digitalocean.com/v2/actions/7515\"}]}}");
    ServerSpec spec = new ServerSpec("web-1", "s-1vcpu-1gb", "nyc3", "ubuntu-20-04-x64");

    cloud.create(account, spec, REFERENCE, "Root-password-1", List.of(KEY, OTHER_KEY));

    assertThat(digitalOcean.last("POST", "/v2/account/keys").getBodyAsString())
        .contains("\"public_key\":\"" + OTHER_KEY + "\"")
        .contains("\"name\":\"bc-t7 96:19:6d:9a\"");
    assertThat(digitalOcean.sent())
        .contains("GET /v2/account/keys?page=1&per_page=200")
        .filteredOn(r -> r.equals("POST /v2/account/keys"))
        .hasSize(1);
    assertThat(digitalOcean.last("POST", "/v2/droplets").getBodyAsString())
        .contains("\"ssh_keys\":[\"" + KEY_MD5 + "\",\"" + other + "\"]");
    assertThat(cloud.takesSshKeysOnRebuild()).as("a rebuild takes only the image").isFalse();
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  private static String accountKey(long id, String fingerprint) {
    return "{\"id\":"
        + id
        + ",\"fingerprint\":\""
        + fingerprint
        + "\",\"public_key\":\""
        + KEY
        + "\",\"name\":\"laptop\"}";
  }

  @Test
  void everyActionIsADropletActionWatchedByItsId() {
    digitalOcean
        .answer("POST", "/v2/droplets/3164444/actions", 201, ACTION)
        .answer("GET", "/v2/actions/36804636", 200, ACTION)
        .answer("GET", "/v2/droplets/3164444/snapshots", 200, snapshots())
        .answer("GET", "/v2/droplets/3164444/firewalls", 200, firewalls())
        .answer("DELETE", "/v2/droplets/3164444", 204, null);

    assertThat(cloud.start(account, "3164444").handle()).isEqualTo("36804636");
    cloud.shutDown(account, "3164444");
    cloud.powerOff(account, "3164444");
    cloud.reboot(account, "3164444");
    ProviderTask rebuild =
        cloud.rebuild(account, "3164444", "ubuntu-22-04-x64", "ignored-1", List.of());
    assertThat(rebuild.rootPassword()).isEmpty();
    assertThat(rebuild.note()).contains("e-mailed");
    assertThat(cloud.resetPassword(account, "3164444", "ignored-2").note()).contains("e-mailed");
    cloud.rename(account, "3164444", "db-2");
    assertThat(cloud.offersBackups()).isTrue();
    assertThat(cloud.enableBackups(account, "3164444").handle()).isEqualTo("36804636");
    assertThat(digitalOcean.last("POST", "/v2/droplets/3164444/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"enable_backups\"}");
    cloud.disableBackups(account, "3164444");
    assertThat(digitalOcean.last("POST", "/v2/droplets/3164444/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"disable_backups\"}");
    cloud.resize(account, "3164444", "s-2vcpu-2gb");
    cloud.suspend(account, "3164444");
    cloud.unsuspend(account, "3164444");
    assertThat(cloud.delete(account, "3164444").finished()).isTrue();
    assertThat(cloud.progress(account, "3164444", "36804636").stage())
        .isEqualTo(TaskProgress.Stage.DONE);
    assertThat(digitalOcean.sent()).filteredOn(r -> r.startsWith("POST")).hasSize(12);
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void backupsAreListedAndOneIsRestoredByADropletAction() {
    digitalOcean
        .answer(
            "GET",
            "/v2/droplets/3164444",
            200,
            "{\"droplet\":"
                + DROPLET.replace("\"features\":[\"monitoring\"]", "\"features\":[\"backups\"]")
                + "}")
        .answer(
            "GET",
            "/v2/droplets/3164444/backups",
            200,
            "{\"backups\":["
                + BACKUP.formatted(67539192, "2020-07-29T01:44:35Z")
                + ","
                + BACKUP.formatted(67539300, "2020-07-30T01:44:35Z")
                + "],\"links\":{},\"meta\":{\"total\":2}}")
        .answer("POST", "/v2/droplets/3164444/actions", 201, ACTION);

    ProviderBackups listed = cloud.backups(account, "3164444");

    assertThat(listed.enabled()).isTrue();
    assertThat(listed.backups())
        .extracting(ProviderBackup::id, ProviderBackup::takenAt, ProviderBackup::sizeMb)
        .containsExactly(
            tuple("67539300", Instant.parse("2020-07-30T01:44:35Z"), 2396L),
            tuple("67539192", Instant.parse("2020-07-29T01:44:35Z"), 2396L));
    assertThat(cloud.restoreBackup(account, "3164444", "67539192").handle()).isEqualTo("36804636");
    assertThat(digitalOcean.last("POST", "/v2/droplets/3164444/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"restore\",\"image\":67539192}");
    assertThatThrownBy(() -> cloud.restoreBackup(account, "3164444", "snap-1"))
        .isInstanceOf(ProviderException.class);
    assertThat(cloud.actions())
        .as("a droplet's backups follow DigitalOcean's schedule; a snapshot is taken on demand")
        .doesNotContain(ServerActionType.TAKE_BACKUP);
    assertThat(digitalOcean.sent())
        .contains("GET /v2/droplets/3164444/backups?page=1&per_page=200");
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void snapshotsAreTakenListedRestoredAndDeletedAsImages() {
    digitalOcean
        .answer("POST", "/v2/droplets/3164444/actions", 201, ACTION)
        .answer(
            "GET",
            "/v2/droplets/3164444/snapshots",
            200,
            snapshots(
                SNAPSHOT.formatted(6372321, "web-1-20261126-2140", "2026-11-26T21:40:11Z"),
                SNAPSHOT.formatted(6372322, "web-1-20261126-2250", "2026-11-26T22:50:01Z")))
        .answer("DELETE", "/v2/snapshots/6372321", 204, null);

    assertThat(cloud.offersSnapshots()).isTrue();
    assertThat(cloud.takeSnapshot(account, "3164444", "web-1-20261126-2140").handle())
        .isEqualTo("36804636");
    assertThat(digitalOcean.last("POST", "/v2/droplets/3164444/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"snapshot\",\"name\":\"web-1-20261126-2140\"}");
    assertThat(cloud.snapshots(account, "3164444"))
        .extracting(ProviderSnapshot::id, ProviderSnapshot::name, ProviderSnapshot::sizeGb)
        .containsExactly(
            tuple("6372321", "web-1-20261126-2140", new BigDecimal("2.34")),
            tuple("6372322", "web-1-20261126-2250", new BigDecimal("2.34")));
    assertThat(cloud.buildsFromSnapshots()).isTrue();
    cloud.restoreSnapshot(account, "3164444", "6372322");
    assertThat(digitalOcean.last("POST", "/v2/droplets/3164444/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"restore\",\"image\":6372322}");
    assertThat(cloud.deleteSnapshot(account, "3164444", "6372321").finished()).isTrue();
    assertThat(digitalOcean.sent()).contains("DELETE /v2/snapshots/6372321");
    assertThatThrownBy(() -> cloud.deleteSnapshot(account, "3164444", "../droplets/1"))
        .isInstanceOf(ProviderException.class);
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aDropletIsDestroyedWithItsSnapshotsSoNoneIsLeftBilledUpstream() {
    digitalOcean
        .answer(
            "GET",
            "/v2/droplets/3164444/snapshots",
            200,
            snapshots(SNAPSHOT.formatted(6372321, "web-1-20261126-2140", "2026-11-26T21:40:11Z")))
        .answer(
            "GET",
            "/v2/droplets/3164444/firewalls",
            200,
            firewalls(FIREWALL.formatted("bc-fw-3164444")))
        .answer("DELETE", "/v2/firewalls/" + FIREWALL_ID, 204, null)
        .answer(
            "DELETE", "/v2/droplets/3164444/destroy_with_associated_resources/selective", 202, null)
        .answer(
            "GET",
            "/v2/droplets/999/snapshots",
            404,
            "{\"id\":\"not_found\",\"message\":\"The resource you requested could not be found.\"}");

    assertThat(cloud.delete(account, "3164444").finished()).isTrue();
    assertThat(
            digitalOcean
                .last("DELETE", "/v2/droplets/3164444/destroy_with_associated_resources/selective")
                .getBodyAsString())
        .isEqualTo("{\"snapshots\":[\"6372321\"]}");
    assertThat(digitalOcean.sent())
        .as("its firewall goes with it")
        .contains("DELETE /v2/firewalls/" + FIREWALL_ID);
    assertThat(cloud.delete(account, "999").finished()).isTrue();
    assertThat(digitalOcean.sent()).noneMatch(r -> r.startsWith("DELETE /v2/droplets/999"));
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void aDropletsFirewallIsCreatedThenReplacedThenRemovedLettingEverythingOut() {
    FirewallRules ssh =
        new FirewallRules(
            List.of(
                FirewallRule.of("tcp", "22", List.of("203.0.113.0/24", "2001:db8::/32")),
                FirewallRule.of("icmp", null, FirewallRule.EVERYONE)));
    digitalOcean
        .answer(
            "GET", "/v2/droplets/3164444/firewalls", 200, firewalls(FIREWALL.formatted("theirs")))
        .answer(
            "POST",
            "/v2/firewalls",
            202,
            "{\"firewall\":" + FIREWALL.formatted("bc-fw-3164444") + "}");

    assertThat(cloud.offersFirewalls()).isTrue();
    assertThat(cloud.applyFirewall(account, "3164444", ssh).finished()).isTrue();
    assertThat(digitalOcean.last("POST", "/v2/firewalls").getBodyAsString())
        .isEqualTo(
            "{\"name\":\"bc-fw-3164444\",\"inbound_rules\":["
                + "{\"protocol\":\"tcp\",\"ports\":\"22\",\"sources\":{\"addresses\":"
                + "[\"203.0.113.0/24\",\"2001:db8::/32\"]}},"
                + "{\"protocol\":\"icmp\",\"ports\":\"0\",\"sources\":{\"addresses\":"
                + "[\"0.0.0.0/0\",\"::/0\"]}}],\"outbound_rules\":["
                + "{\"protocol\":\"tcp\",\"ports\":\"0\",\"destinations\":{\"addresses\":"
                + "[\"0.0.0.0/0\",\"::/0\"]}},"
                + "{\"protocol\":\"udp\",\"ports\":\"0\",\"destinations\":{\"addresses\":"
                + "[\"0.0.0.0/0\",\"::/0\"]}},"
                + "{\"protocol\":\"icmp\",\"ports\":\"0\",\"destinations\":{\"addresses\":"
                + "[\"0.0.0.0/0\",\"::/0\"]}}],\"droplet_ids\":[3164444]}");

    digitalOcean.reset();
    String duplicate =
        FIREWALL
            .formatted("bc-fw-3164444")
            .replace(FIREWALL_ID, OTHER_FIREWALL_ID)
            .replace("2026-11-27T01:00:00Z", "2026-11-27T01:00:31Z");
    digitalOcean
        .answer(
            "GET",
            "/v2/droplets/3164444/firewalls",
            200,
            firewalls(duplicate, FIREWALL.formatted("bc-fw-3164444")))
        .answer("DELETE", "/v2/firewalls/" + OTHER_FIREWALL_ID, 204, null)
        .answer(
            "PUT",
            "/v2/firewalls/" + FIREWALL_ID,
            200,
            "{\"firewall\":" + FIREWALL.formatted("bc-fw-3164444") + "}")
        .answer("DELETE", "/v2/firewalls/" + FIREWALL_ID, 204, null);
    FirewallRules web =
        new FirewallRules(List.of(FirewallRule.of("tcp", "80-443", FirewallRule.EVERYONE)));
    cloud.applyFirewall(account, "3164444", web);
    assertThat(digitalOcean.last("PUT", "/v2/firewalls/" + FIREWALL_ID).getBodyAsString())
        .as("the same firewall gets the new rules")
        .contains("{\"protocol\":\"tcp\",\"ports\":\"80-443\"");
    assertThat(digitalOcean.sent())
        .as("the older one gets the rules, a second made by a retried create goes")
        .contains("DELETE /v2/firewalls/" + OTHER_FIREWALL_ID)
        .noneMatch(
            r -> r.startsWith("POST") || r.startsWith("PUT /v2/firewalls/" + OTHER_FIREWALL_ID));
    cloud.applyFirewall(account, "3164444", FirewallRules.NONE);
    assertThat(digitalOcean.sent()).contains("DELETE /v2/firewalls/" + FIREWALL_ID);
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  private static final String FIREWALL_ID = "bb4b2611-3d72-467b-8602-280330ecd65c";
  private static final String OTHER_FIREWALL_ID = "fb6045f1-cf1d-4ca3-bfac-18832663025b";
  private static final String FIREWALL =
      "{\"id\":\""
          + FIREWALL_ID
          + "\",\"name\":\"%s\",\"status\":\"succeeded\",\"inbound_rules\":[],"
          + "\"outbound_rules\":[],\"droplet_ids\":[3164444],\"tags\":[],"
          + "\"created_at\":\"2026-11-27T01:00:00Z\",\"pending_changes\":[]}";

  private static String firewalls(String... firewalls) {
    return "{\"firewalls\":["
        + String.join(",", firewalls)
        + "],\"links\":{},\"meta\":{\"total\":"
        + firewalls.length
        + "}}";
  }

  private static String snapshots(String... snapshots) {
    return "{\"snapshots\":["
        + String.join(",", snapshots)
        + "],\"links\":{},\"meta\":{\"total\":"
        + snapshots.length
        + "}}";
  }

  @Test
  void aVolumeIsMadeInTheDropletsRegionOnceAttachedGrownDetachedAndDeletedWhenNoDropletHoldsIt() {
    digitalOcean
        .answer("GET", "/v2/volumes", 200, volumes())
        .answer("POST", "/v2/volumes", 201, "{\"volume\":" + VOLUME.formatted("[]") + "}")
        .answer(
            "GET", "/v2/volumes/" + VOLUME_ID, 200, "{\"volume\":" + VOLUME.formatted("[]") + "}")
        .answer("POST", "/v2/volumes/" + VOLUME_ID + "/actions", 202, ACTION);

    assertThat(cloud.offersVolumes()).isTrue();
    assertThat(cloud.createVolume(account, "3164444", "nyc3", "bc-vol-k2x8", 10))
        .isEqualTo(VOLUME_ID);
    assertThat(digitalOcean.sent())
        .contains("GET /v2/volumes?name=bc-vol-k2x8&region=nyc3&page=1&per_page=200");
    assertThat(digitalOcean.last("POST", "/v2/volumes").getBodyAsString())
        .isEqualTo("{\"size_gigabytes\":10,\"name\":\"bc-vol-k2x8\",\"region\":\"nyc3\"}");
    assertThat(cloud.attachVolume(account, "3164444", "nyc3", VOLUME_ID).handle())
        .isEqualTo("36804636");
    assertThat(digitalOcean.last("POST", "/v2/volumes/" + VOLUME_ID + "/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"attach\",\"droplet_id\":3164444,\"region\":\"nyc3\"}");
    cloud.resizeVolume(account, "nyc3", VOLUME_ID, 20);
    assertThat(digitalOcean.last("POST", "/v2/volumes/" + VOLUME_ID + "/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"resize\",\"size_gigabytes\":20,\"region\":\"nyc3\"}");
    cloud.detachVolume(account, "3164444", "nyc3", VOLUME_ID);
    assertThat(digitalOcean.last("POST", "/v2/volumes/" + VOLUME_ID + "/actions").getBodyAsString())
        .isEqualTo("{\"type\":\"detach\",\"droplet_id\":3164444,\"region\":\"nyc3\"}");
    digitalOcean.assertEveryRequestMatchesTheSpec();

    digitalOcean.reset();
    digitalOcean
        .answer("GET", "/v2/volumes", 200, volumes(VOLUME.formatted("[3164444]")))
        .answer(
            "GET",
            "/v2/volumes/" + VOLUME_ID,
            200,
            "{\"volume\":" + VOLUME.formatted("[3164444]") + "}");
    assertThat(cloud.createVolume(account, "3164444", "nyc3", "bc-vol-k2x8", 10))
        .as("a retried create finds the first volume")
        .isEqualTo(VOLUME_ID);
    assertThat(cloud.attachVolume(account, "3164444", "nyc3", VOLUME_ID).finished())
        .as("attached already")
        .isTrue();
    assertThat(cloud.resizeVolume(account, "nyc3", VOLUME_ID, 10).finished())
        .as("a retried resize finds the size there already")
        .isTrue();
    assertThat(digitalOcean.sent()).noneMatch(r -> r.startsWith("POST"));

    digitalOcean.reset();
    digitalOcean
        .answer(
            "GET",
            "/v2/volumes/" + VOLUME_ID,
            200,
            "{\"volume\":" + VOLUME.formatted("[3164444]") + "}")
        .answer("POST", "/v2/volumes/" + VOLUME_ID + "/actions", 202, ACTION);
    assertThatThrownBy(() -> cloud.deleteVolume(account, "nyc3", VOLUME_ID))
        .as("a volume a droplet holds is detached first")
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.transientFailure()).isTrue());
    assertThat(digitalOcean.sent()).noneMatch(r -> r.startsWith("DELETE"));
    digitalOcean.reset();
    digitalOcean
        .answer(
            "GET", "/v2/volumes/" + VOLUME_ID, 200, "{\"volume\":" + VOLUME.formatted("[]") + "}")
        .answer("DELETE", "/v2/volumes/" + VOLUME_ID, 204, null);
    assertThat(cloud.deleteVolume(account, "nyc3", VOLUME_ID).finished()).isTrue();
    assertThat(digitalOcean.sent()).contains("DELETE /v2/volumes/" + VOLUME_ID);
    digitalOcean.assertEveryRequestMatchesTheSpec();
    assertThatThrownBy(() -> cloud.deleteVolume(account, "nyc3", "../droplets/1"))
        .isInstanceOf(ProviderException.class);
  }

  @Test
  void anExtraAddressIsAReservedIpMadeAssignedOnceThenUnassignedAndDeleted() {
    try (VendorContract digitalOcean = new VendorContract(ReservedIpDocument.path())) {
      ProviderAccount account = digitalOcean.account(TENANT);
      digitalOcean
          .answer("GET", "/v2/reserved_ips", 200, reservedIps(RESERVED_IP.formatted("null")))
          .answer(
              "POST",
              "/v2/reserved_ips",
              202,
              "{\"reserved_ip\":"
                  + RESERVED_IP.formatted("null")
                  + ",\"links\":{\"droplets\":[],\"actions\":[{\"id\":36804637,\"rel\":\"assign_ip\","
                  + "\"href\":\"https://api.digitalocean.com/v2/actions/36804637\"}]}}");

      assertThat(cloud.offersExtraIpv4()).isTrue();
      var added = cloud.addIpv4(account, "3164444", java.util.Set.of("104.131.186.241"), false);
      assertThat(added.address()).isEqualTo("45.55.96.47");
      assertThat(added.assigning().handle())
          .as("the assign action is watched")
          .isEqualTo("36804637");
      assertThat(digitalOcean.last("POST", "/v2/reserved_ips").getBodyAsString())
          .isEqualTo("{\"droplet_id\":3164444}");
      digitalOcean.assertEveryRequestMatchesTheSpec();

      digitalOcean.reset();
      digitalOcean.answer(
          "GET", "/v2/reserved_ips", 200, reservedIps(RESERVED_IP.formatted(DROPLET_HOLDING)));
      assertThat(
              cloud
                  .addIpv4(account, "3164444", java.util.Set.of("104.131.186.241"), true)
                  .address())
          .as("a retried add takes the reserved IP the first one assigned")
          .isEqualTo("45.55.96.47");
      assertThat(digitalOcean.sent()).noneMatch(r -> r.startsWith("POST"));

      digitalOcean.reset();
      digitalOcean
          .answer(
              "GET",
              "/v2/reserved_ips/45.55.96.47",
              200,
              "{\"reserved_ip\":" + RESERVED_IP.formatted(DROPLET_HOLDING) + "}")
          .answer("POST", "/v2/reserved_ips/45.55.96.47/actions", 201, ACTION);
      assertThatThrownBy(() -> cloud.removeIpv4(account, "3164444", "45.55.96.47"))
          .as("an assigned reserved IP is unassigned first")
          .isInstanceOfSatisfying(
              ProviderException.class, e -> assertThat(e.transientFailure()).isTrue());
      assertThat(
              digitalOcean.last("POST", "/v2/reserved_ips/45.55.96.47/actions").getBodyAsString())
          .isEqualTo("{\"type\":\"unassign\"}");
      assertThat(digitalOcean.sent()).noneMatch(r -> r.startsWith("DELETE"));
      digitalOcean.assertEveryRequestMatchesTheSpec();

      digitalOcean.reset();
      digitalOcean
          .answer(
              "GET",
              "/v2/reserved_ips/45.55.96.47",
              200,
              "{\"reserved_ip\":" + RESERVED_IP.formatted("null") + "}")
          .answer("DELETE", "/v2/reserved_ips/45.55.96.47", 204, null);
      assertThat(cloud.removeIpv4(account, "3164444", "45.55.96.47").finished()).isTrue();
      assertThat(digitalOcean.sent()).contains("DELETE /v2/reserved_ips/45.55.96.47");
      digitalOcean.assertEveryRequestMatchesTheSpec();
      assertThatThrownBy(() -> cloud.removeIpv4(account, "3164444", "../droplets/1"))
          .isInstanceOf(ProviderException.class);
    }
  }

  private static final String RESERVED_IP =
      """
      {"ip":"45.55.96.47","region":{"name":"New York 3","slug":"nyc3","sizes":["s-1vcpu-1gb"],
       "features":["metadata"],"available":true},"droplet":%s,"locked":false,
       "project_id":"746c6152-2fa2-11ed-92d3-27aaa54e4988"}""";

  private static final String DROPLET_HOLDING = "{\"id\":3164444,\"name\":\"web-1\"}";

  private static String reservedIps(String... ips) {
    return "{\"reserved_ips\":["
        + String.join(",", ips)
        + "],\"links\":{},\"meta\":{\"total\":"
        + ips.length
        + "}}";
  }

  private static String volumes(String... volumes) {
    return "{\"volumes\":["
        + String.join(",", volumes)
        + "],\"links\":{},\"meta\":{\"total\":"
        + volumes.length
        + "}}";
  }

  @Test
  void aDropletIsReadAsOurStateAndOneDeletedUpstreamIsGone() {
    digitalOcean
        .answer("GET", "/v2/droplets/3164444", 200, "{\"droplet\":" + DROPLET + "}")
        .answer(
            "GET",
            "/v2/droplets/999",
            404,
            "{\"id\":\"not_found\",\"message\":\"The resource you requested could not be found.\"}")
        .answer(
            "GET",
            "/v2/droplets",
            200,
            "{\"droplets\":[" + DROPLET + "],\"links\":{},\"meta\":{\"total\":1}}");

    assertThat(cloud.state(account, "3164444").phase()).isEqualTo(Phase.RUNNING);
    assertThat(cloud.state(account, "3164444").ipv4()).isEqualTo("192.241.165.154");
    assertThat(cloud.state(account, "3164444").ipv6()).isEqualTo("2604:a880:0:1010::18a:a001");
    assertThat(cloud.console(account, "3164444").orElseThrow())
        .isEqualTo(
            new ConsoleAccess(ConsoleAccess.Kind.SSH, "ssh://root@192.241.165.154:22", null));
    assertThat(cloud.state(account, "999").phase()).isEqualTo(Phase.GONE);
    assertThat(cloud.servers(account))
        .singleElement()
        .satisfies(s -> assertThat(s.reference()).isEqualTo(REFERENCE));
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void metricsBecomeCpuPercentAndBytes() {
    digitalOcean
        .answer("GET", "/v2/monitoring/metrics/droplet/cpu", 200, CPU)
        .answer("GET", "/v2/monitoring/metrics/droplet/bandwidth", 200, BANDWIDTH);

    ServerUsage usage =
        cloud.usage(
            account,
            "3164444",
            Instant.ofEpochSecond(1635386000),
            Instant.ofEpochSecond(1635387100));
    assertThat(usage.cpuPercent()).extracting(ServerUsage.Sample::value).containsExactly(25L);
    assertThat(usage.bytesIn()).extracting(ServerUsage.Sample::value).containsExactly(15_000_000L);
    digitalOcean.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void failuresSayWhatDigitalOceanSaid() {
    digitalOcean
        .answer(
            "POST",
            "/v2/droplets/1/actions",
            429,
            "{\"id\":\"too_many_requests\",\"message\":\"API rate limit exceeded.\"}",
            "Retry-After",
            "60")
        .answer(
            "POST",
            "/v2/droplets/2/actions",
            422,
            "{\"id\":\"unprocessable_entity\",\"message\":\"Droplet already has a pending event.\"}");

    assertThatThrownBy(() -> cloud.reboot(account, "1"))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.retryAfter()).isPresent())
        .hasMessageContaining("API rate limit exceeded");
    assertThatThrownBy(() -> cloud.reboot(account, "2"))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.REFUSED))
        .hasMessageContaining("pending event");
  }

  // shaped after the examples of DigitalOcean's OpenAPI document
  private static final String ACCOUNT =
      """
      {"account":{"droplet_limit":25,"floating_ip_limit":5,"email":"sammy@digitalocean.com",
       "uuid":"b6fr89dbf6d9156cace5f3c78dc9851d957381ef","email_verified":true,"status":"active",
       "status_message":" "}}""";
  private static final String SIZE =
      """
      {"slug":"s-1vcpu-1gb","memory":1024,"vcpus":1,"disk":25,"transfer":1,"price_monthly":5,
       "price_hourly":0.00743999984115362,"regions":["ams2","nyc3"],"available":true,"description":"Basic"}""";
  private static final String REGION =
      """
      {"name":"New York 3","slug":"nyc3","features":["private_networking","backups","ipv6"],
       "available":true,"sizes":["s-1vcpu-1gb"]}""";
  private static final String IMAGE =
      """
      {"id":63663980,"name":"20.04 (LTS) x64","distribution":"Ubuntu","slug":"ubuntu-20-04-x64",
       "public":true,"regions":["nyc2","nyc3"],"created_at":"2020-05-15T05:47:50Z","type":"snapshot",
       "min_disk_size":20,"size_gigabytes":2.36,"description":"","tags":[],"status":"available","error_message":""}""";
  private static final String DROPLET =
      """
      {"id":3164444,"name":"web-1","memory":1024,"vcpus":1,"disk":25,"locked":false,"status":"active",
       "created_at":"2020-07-21T18:37:44Z","features":["monitoring"],"backup_ids":[],"next_backup_window":null,
       "snapshot_ids":[],"image":{"id":63663980,"slug":"ubuntu-20-04-x64"},"volume_ids":[],
       "size":{"slug":"s-1vcpu-1gb"},"size_slug":"s-1vcpu-1gb",
       "networks":{"v4":[{"ip_address":"10.128.192.124","netmask":"255.255.0.0","gateway":"nil","type":"private"},
                         {"ip_address":"192.241.165.154","netmask":"255.255.255.0","gateway":"192.241.165.1","type":"public"}],
                   "v6":[{"ip_address":"2604:a880:0:1010::18a:a001","netmask":64,"gateway":"2604:a880:0:1010::1","type":"public"}]},
       "region":{"name":"New York 3","slug":"nyc3"},"tags":["bc-t7","bc-t7-s42"]}""";
  private static final String BACKUP =
      """
      {"id":%d,"name":"web-01- 2020-07-29","distribution":"Ubuntu","slug":null,"public":false,
       "regions":["nyc3"],"created_at":"%s","min_disk_size":50,"size_gigabytes":2.34,"type":"backup"}""";
  private static final String SNAPSHOT =
      """
      {"id":%d,"name":"%s","distribution":"Debian","slug":null,"public":false,
       "regions":["nyc3"],"created_at":"%s","min_disk_size":25,"size_gigabytes":2.34,"type":"snapshot"}""";
  private static final String VOLUME_ID = "506f78a4-e098-11e5-ad9f-000f53306ae1";
  private static final String VOLUME =
      """
      {"id":"506f78a4-e098-11e5-ad9f-000f53306ae1","region":{"name":"New York 3","slug":"nyc3"},
       "droplet_ids":%s,"name":"bc-vol-k2x8","description":"","size_gigabytes":10,
       "created_at":"2026-11-27T03:40:00Z","filesystem_type":"","filesystem_label":"","tags":[]}""";
  private static final String ACTION =
      """
      {"action":{"id":36804636,"status":"completed","type":"reboot","started_at":"2020-11-14T16:29:21Z",
       "completed_at":"2020-11-14T16:30:06Z","resource_id":3164444,"resource_type":"droplet","region_slug":"nyc3"}}""";
  private static final String CPU =
      """
      {"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"host_id":"3164444","mode":"idle"},"values":[[1635386880,"1000"],[1635387000,"1090"]]},
        {"metric":{"host_id":"3164444","mode":"user"},"values":[[1635386880,"200"],[1635387000,"230"]]}]}}""";
  private static final String BANDWIDTH =
      """
      {"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"direction":"inbound","host_id":"3164444","interface":"public"},
         "values":[[1635386880,"0.5"],[1635387000,"1"]]}]}}""";
}

package io.brandcloud.provisioning.providers.domain;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An upstream cloud. Every call goes over the network to the account in {@link ProviderAccount}, so
 * calls are made with no transaction open (by the server action worker, reconciliation, or a staff
 * check outside any transaction), never while a row is locked. Failures are {@link
 * ProviderException}s; an action the provider does not offer is left out of {@link #actions()} and
 * refused before it is asked, never faked.
 *
 * <p>Actions answer a {@link ProviderTask}: done, or a handle whose {@link #progress} the worker
 * asks until the provider says it is done or failed.
 */
public interface CloudProvider {

  /** Which connections this implementation serves. */
  ProviderType type();

  /** The actions this provider offers besides building a server. */
  Set<ServerActionType> actions();

  /** Actions the provider carries out only on a stopped server (e.g. Linode's password reset). */
  default Set<ServerActionType> needStopped() {
    return Set.of();
  }

  /** Whether the provider measures CPU and traffic per server for {@link #usage}. */
  boolean measuresUsage();

  /**
   * Whether its {@link #usage} counts traffic finely enough to be added up by the hour, for the
   * transfer pool (some providers keep only monthly totals).
   */
  default boolean measuresHourlyTraffic() {
    return measuresUsage();
  }

  /** Checks that the account answers and the token works; throws with what is wrong. */
  void check(ProviderAccount account);

  List<ProviderPlan> plans(ProviderAccount account);

  List<ProviderRegion> regions(ProviderAccount account);

  List<ProviderImage> images(ProviderAccount account);

  /**
   * Starts building a server and returns the provider's id for it. The server carries {@code
   * reference}, and asking again with the same reference (a timeout, a worker that died after the
   * provider accepted) returns the server built the first time, never a second one. {@code sshKeys}
   * (OpenSSH public key lines, maybe none) go on the server through the provider's own mechanism.
   */
  CreatedServer create(
      ProviderAccount account,
      ServerSpec spec,
      String reference,
      String rootPassword,
      List<String> sshKeys);

  ProviderServerState state(ProviderAccount account, String externalId);

  /** The servers this tenant's connection has at the provider, ours or not, for reconciliation. */
  List<UpstreamServer> servers(ProviderAccount account);

  ProviderTask start(ProviderAccount account, String externalId);

  ProviderTask shutDown(ProviderAccount account, String externalId);

  ProviderTask powerOff(ProviderAccount account, String externalId);

  ProviderTask reboot(ProviderAccount account, String externalId);

  /**
   * Reinstalls from {@code image} with {@code rootPassword} where the provider takes one, and
   * {@code sshKeys} where {@link #takesSshKeysOnRebuild}.
   */
  ProviderTask rebuild(
      ProviderAccount account,
      String externalId,
      String image,
      String rootPassword,
      List<String> sshKeys);

  /** Whether a build takes the customer's cloud-init user data ({@link ServerSpec#userData}). */
  default boolean takesUserData() {
    return false;
  }

  /** Whether a rebuild can put new SSH keys on the server (some take keys only at creation). */
  default boolean takesSshKeysOnRebuild() {
    return true;
  }

  /** Sets {@code rootPassword} where the provider takes one; the task says what it set. */
  ProviderTask resetPassword(ProviderAccount account, String externalId, String rootPassword);

  ProviderTask rename(ProviderAccount account, String externalId, String hostname);

  ProviderTask resize(ProviderAccount account, String externalId, String planCode);

  ProviderTask suspend(ProviderAccount account, String externalId);

  ProviderTask unsuspend(ProviderAccount account, String externalId);

  /**
   * Deletes the server, its disk and its snapshots for good; a server already gone counts as
   * deleted.
   */
  ProviderTask delete(ProviderAccount account, String externalId);

  /**
   * Whether the provider's backups can be switched on and off for the backup add-on; where not, the
   * add-on is not offered on its plans.
   */
  default boolean offersBackups() {
    return actions().contains(ServerActionType.ENABLE_BACKUPS);
  }

  /**
   * Whether backups are switched on to a backup plan the connection names ({@link
   * ProviderAccount#backupPlan}), as the provider's administrator defines them; without one, none.
   */
  default boolean backupsNeedAPlan() {
    return false;
  }

  /** Whether a connection naming {@code backupPlan} (or none) has backups for the add-on. */
  default boolean offersBackups(String backupPlan) {
    return offersBackups() && (!backupsNeedAPlan() || backupPlan != null);
  }

  /** Switches the provider's backups of the server on; only where {@link #offersBackups}. */
  default ProviderTask enableBackups(ProviderAccount account, String externalId) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not offer backups here");
  }

  /** Switches the provider's backups of the server off; only where {@link #offersBackups}. */
  default ProviderTask disableBackups(ProviderAccount account, String externalId) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not offer backups here");
  }

  /**
   * Whether the provider's backups of the server are on, and the backups it keeps that can be
   * restored; only where {@link #offersBackups}.
   */
  default ProviderBackups backups(ProviderAccount account, String externalId) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not offer backups here");
  }

  /**
   * Writes one of the server's {@link #backups} back over its disk; only where {@link #actions()}
   * holds {@code RESTORE_BACKUP}.
   */
  default ProviderTask restoreBackup(ProviderAccount account, String externalId, String backupId) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not restore backups here");
  }

  /**
   * Takes a backup now, labelled {@code label}, beside the scheduled ones; it replaces the one
   * taken on demand before. Only where {@link #actions()} holds {@code TAKE_BACKUP} and backups are
   * on.
   */
  default ProviderTask takeBackup(ProviderAccount account, String externalId, String label) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED,
        type().displayName() + " does not take backups on demand here");
  }

  /** Whether snapshots can be taken of its servers, kept, restored and deleted on demand. */
  default boolean offersSnapshots() {
    return actions().contains(ServerActionType.TAKE_SNAPSHOT);
  }

  /**
   * Whether {@link #create} builds a server from one of its {@link #snapshots} given as the spec's
   * image.
   */
  default boolean buildsFromSnapshots() {
    return false;
  }

  /**
   * Takes a snapshot of the server's disk named {@code name}; only where {@link #offersSnapshots}.
   */
  default ProviderTask takeSnapshot(ProviderAccount account, String externalId, String name) {
    throw noSnapshots();
  }

  /** The snapshots the provider keeps of the server; only where {@link #offersSnapshots}. */
  default List<ProviderSnapshot> snapshots(ProviderAccount account, String externalId) {
    throw noSnapshots();
  }

  /** Writes one of the server's {@link #snapshots} back over its disk. */
  default ProviderTask restoreSnapshot(
      ProviderAccount account, String externalId, String snapshotId) {
    throw noSnapshots();
  }

  /**
   * Deletes one of the server's {@link #snapshots} for good; one already gone counts as deleted.
   */
  default ProviderTask deleteSnapshot(
      ProviderAccount account, String externalId, String snapshotId) {
    throw noSnapshots();
  }

  private ProviderException noSnapshots() {
    return new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not offer snapshots here");
  }

  /**
   * Points {@code address} of the server back to {@code name} (its PTR record); only where {@link
   * #actions()} holds {@code SET_REVERSE_DNS}.
   */
  default ProviderTask setReverseDns(
      ProviderAccount account, String externalId, String address, String name) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED,
        type().displayName() + " does not let reverse DNS be set here");
  }

  /** Whether inbound firewall rules can be applied to its servers. */
  default boolean offersFirewalls() {
    return actions().contains(ServerActionType.SET_FIREWALL);
  }

  /**
   * Replaces the server's inbound rules: traffic that matches none is dropped, outbound traffic is
   * left alone, and no rules removes the firewall. Applying the same rules again is harmless; only
   * where {@link #offersFirewalls}.
   */
  default ProviderTask applyFirewall(
      ProviderAccount account, String externalId, FirewallRules rules) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not offer firewalls here");
  }

  /** Whether block storage volumes can be created, attached, detached, grown and deleted. */
  default boolean offersVolumes() {
    return actions().contains(ServerActionType.CREATE_VOLUME);
  }

  /**
   * Creates a volume of {@code sizeGb} named {@code name} (unique in the account) in the server's
   * {@code region}, attached to the server where the provider attaches at creation, and answers its
   * id; a volume already named so, left by a create retried after a lost answer, is taken as it is.
   * Only where {@link #offersVolumes}.
   */
  default String createVolume(
      ProviderAccount account, String externalId, String region, String name, int sizeGb) {
    throw noVolumes();
  }

  /**
   * Attaches a volume of the server's region to the server; one attached to it already is left as
   * it is (the task may still watch it become ready).
   */
  default ProviderTask attachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    throw noVolumes();
  }

  /** Detaches the volume from the server; its data stays on it. */
  default ProviderTask detachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    throw noVolumes();
  }

  /**
   * Grows the volume to {@code sizeGb}; one that has that much already is left as it is, so a retry
   * after a lost answer succeeds. Its file system is the customer's to grow.
   */
  default ProviderTask resizeVolume(
      ProviderAccount account, String region, String volumeId, int sizeGb) {
    throw noVolumes();
  }

  /**
   * Deletes the volume for good, detaching it first where it is attached (a transient failure while
   * it detaches, so the worker asks again); one already gone counts as deleted.
   */
  default ProviderTask deleteVolume(ProviderAccount account, String region, String volumeId) {
    throw noVolumes();
  }

  private ProviderException noVolumes() {
    return new ProviderException(
        ProviderException.Kind.REFUSED, type().displayName() + " does not offer volumes here");
  }

  /** Whether extra public IPv4 addresses can be added to a server and released again. */
  default boolean offersExtraIpv4() {
    return actions().contains(ServerActionType.ADD_IPV4);
  }

  /**
   * The most extra IPv4 addresses one server may have here: providers ration IPv4 (Linode asks for
   * a reason for each), and a server that needs more is better served by a load balancer.
   */
  default int maxExtraIpv4() {
    return 4;
  }

  /**
   * Adds a public IPv4 address to the server and answers it. {@code known} are the addresses the
   * panel knows the server has; where the add is {@code retried} after a lost answer, an address
   * beyond them is the one the lost attempt got, taken instead of adding (and billing) another. A
   * first attempt takes nothing it finds: an address the server came with is not the customer's to
   * be billed for. Only where {@link #offersExtraIpv4}.
   */
  default AddedAddress addIpv4(
      ProviderAccount account, String externalId, Set<String> known, boolean retried) {
    throw noExtraIpv4();
  }

  /** Releases one of the server's extra IPv4 addresses; one already gone counts as released. */
  default ProviderTask removeIpv4(ProviderAccount account, String externalId, String address) {
    throw noExtraIpv4();
  }

  private ProviderException noExtraIpv4() {
    return new ProviderException(
        ProviderException.Kind.REFUSED,
        type().displayName() + " does not offer extra IPv4 addresses here");
  }

  /** How far the work behind a {@link ProviderTask#handle()} got. */
  TaskProgress progress(ProviderAccount account, String externalId, String handle);

  /** CPU and traffic between two moments, as far as the provider measures them. */
  ServerUsage usage(ProviderAccount account, String externalId, Instant from, Instant to);

  /** The kind of console its servers have, known without asking the provider; empty for none. */
  Optional<ConsoleAccess.Kind> consoleKind();

  /** How to open the server's console, where the provider has one. */
  Optional<ConsoleAccess> console(ProviderAccount account, String externalId);
}

package io.brandcloud.provisioning.keys.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.keys.domain.SshKey;
import io.brandcloud.provisioning.keys.domain.SshKeyRepository;
import io.brandcloud.provisioning.keys.domain.SshPublicKey;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.RequestOrigin;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An organisation's SSH keys: members who manage its servers add and delete them, and choose them
 * when a server is built or rebuilt; another organisation's key is "not found".
 */
@Stateless
public class SshKeys {

  static final int MAX_NAME = 100;
  static final int MAX_PER_ORGANISATION = 50;

  /** What one build takes; Linode and VirtFusion take more, but a server needs few. */
  public static final int MAX_PER_SERVER = 10;

  @Inject SshKeyRepository keys;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public List<SshKeyView> of(long organisationId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return keys.of(organisationId).stream().map(SshKeyView::of).toList();
  }

  public SshKeyView add(long organisationId, String name, String publicKey) {
    members.require(organisationId, Permission.SERVERS_MANAGE);
    refuseWhileImpersonating("Adding an SSH key");
    String label = requireName(name);
    SshPublicKey key = SshPublicKey.parse(publicKey);
    keys.withFingerprint(organisationId, key.fingerprint())
        .ifPresent(
            same -> {
              throw new BrandcloudException(
                  ErrorCode.CONFLICT,
                  "This key is saved already, as \u201c" + same.name() + "\u201d");
            });
    if (keys.named(organisationId, label).isPresent()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "A key named \u201c" + label + "\u201d is saved already: choose another name");
    }
    if (keys.count(organisationId) >= MAX_PER_ORGANISATION) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "An organisation keeps at most " + MAX_PER_ORGANISATION + " SSH keys: delete one first");
    }
    String actor = RequestOrigin.actor().orElse("system");
    SshKey saved = new SshKey(0, organisationId, label, key, actor, clock.now());
    long id = keys.add(saved);
    audit.record(
        null, "ssh_key.added", "organisation " + organisationId, label + " " + key.fingerprint());
    return keys.find(organisationId, id).map(SshKeyView::of).orElseThrow();
  }

  public void delete(long organisationId, long keyId) {
    members.require(organisationId, Permission.SERVERS_MANAGE);
    refuseWhileImpersonating("Deleting an SSH key");
    SshKey key = require(organisationId, keyId);
    keys.delete(organisationId, keyId);
    audit.record(
        null,
        "ssh_key.deleted",
        "organisation " + organisationId,
        key.name() + " " + key.key().fingerprint());
  }

  /**
   * The public key lines to put on a server from the chosen keys, each of which must be the
   * organisation's; the caller has checked the member may build or rebuild its servers.
   */
  public List<String> forServer(long organisationId, List<Long> keyIds) {
    if (keyIds == null || keyIds.isEmpty()) {
      return List.of();
    }
    LinkedHashSet<Long> chosen = new LinkedHashSet<>(keyIds);
    if (chosen.contains(null)) {
      throw BrandcloudException.invalid("sshKeyIds", "Name each SSH key by its id");
    }
    if (chosen.size() > MAX_PER_SERVER) {
      throw BrandcloudException.invalid(
          "sshKeyIds", "Choose at most " + MAX_PER_SERVER + " SSH keys for a server");
    }
    return chosen.stream().map(id -> require(organisationId, id).key().openSsh()).toList();
  }

  /**
   * A key is a way into the customer's servers as root: staff acting as the customer neither plant
   * one nor take one away.
   */
  private static void refuseWhileImpersonating(String what) {
    if (CurrentCaller.require().impersonator() != null) {
      throw new BrandcloudException(ErrorCode.NOT_WHILE_IMPERSONATING, what);
    }
  }

  private SshKey require(long organisationId, long keyId) {
    return keys.find(organisationId, keyId)
        .orElseThrow(() -> BrandcloudException.notFound("SSH key " + keyId));
  }

  private static String requireName(String name) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty()
        || label.length() > MAX_NAME
        || label.chars().anyMatch(Character::isISOControl)) {
      throw BrandcloudException.invalid(
          "name",
          "Give the key a name of 1 to " + MAX_NAME + " characters, e.g. \u201claptop\u201d");
    }
    return label;
  }
}

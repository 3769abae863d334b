package io.brandcloud.provisioning.providers.domain;

/**
 * A cloud with no suspension of its own (DigitalOcean, Linode): suspending stops the server, which
 * the cloud still bills, until resuming starts it again; the action says so.
 */
public interface SuspendsByStopping extends CloudProvider {

  /** How this cloud stops a server it cannot suspend. */
  ProviderTask stopForSuspension(ProviderAccount account, String externalId);

  @Override
  default ProviderTask suspend(ProviderAccount account, String externalId) {
    return stopForSuspension(account, externalId)
        .withNote(
            type().displayName() + " has no suspension: the server is stopped until it is resumed");
  }

  @Override
  default ProviderTask unsuspend(ProviderAccount account, String externalId) {
    return start(account, externalId);
  }
}

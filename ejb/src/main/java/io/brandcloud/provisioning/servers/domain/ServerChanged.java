package io.brandcloud.provisioning.servers.domain;

/**
 * This node's persistence context added, changed or removed a server of the organisation: a CDI
 * event fired as the change is flushed, for caches that must forget what they read once the
 * transaction ends. Other nodes hear of it from the database ({@code servers} notices).
 */
public record ServerChanged(long tenantId, long organisationId) {

  /** The topic of the database's notices about servers (tenant migration 021). */
  public static final String TOPIC = "servers";
}

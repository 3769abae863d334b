package io.brandcloud.provisioning.consoles.application;

import io.brandcloud.access.Caller;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderType;

/**
 * A spent console ticket: the server it opens, who asked for it (the socket's caller) and from
 * which address, and how to reach the server at its provider. Held by the socket while the console
 * is open; never shown. {@code hostKey} is the SSH host key trusted for the server before, if any.
 */
public record ConsoleGrant(
    long tenantId,
    long serverId,
    long organisationId,
    String hostname,
    Caller caller,
    String originAddress,
    ProviderType type,
    ProviderAccount account,
    String externalId,
    String hostKey) {}

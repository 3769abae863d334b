package io.brandcloud.provisioning.providers.domain;

/**
 * A server the provider runs for one of the tenant's connections, as reconciliation sees it: the
 * provider's id, our reference if it carries one (null when we did not build it), its name, state,
 * and region and image where the provider says.
 */
public record UpstreamServer(
    String externalId,
    String reference,
    String name,
    ProviderServerState state,
    String region,
    String image) {}

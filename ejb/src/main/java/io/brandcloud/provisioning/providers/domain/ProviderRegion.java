package io.brandcloud.provisioning.providers.domain;

/** A data centre the provider builds servers in. */
public record ProviderRegion(String code, String name) {}

package io.brandcloud.provisioning.providers.domain;

/** What to build at the provider. */
public record ServerSpec(String hostname, String planCode, String region, String image) {}

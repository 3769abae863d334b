package io.brandcloud.provisioning.providers.domain;

/** An operating system image the provider installs. */
public record ProviderImage(String code, String name) {}

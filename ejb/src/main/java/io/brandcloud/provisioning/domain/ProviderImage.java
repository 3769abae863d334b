package io.brandcloud.provisioning.domain;

/** An operating system image the provider installs. */
public record ProviderImage(String code, String name) {}

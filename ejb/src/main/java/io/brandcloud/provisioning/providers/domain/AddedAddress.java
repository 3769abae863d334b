package io.brandcloud.provisioning.providers.domain;

/** An address the provider gave a server, and the assigning still under way, if it is. */
public record AddedAddress(String address, ProviderTask assigning) {}

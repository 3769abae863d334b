package io.brandcloud.provisioning.providers.domain;

/** A volume the provider created: its id there, and the attaching still under way, if it is. */
public record CreatedVolume(String id, ProviderTask attaching) {}

package io.brandcloud.provisioning.providers.domain;

import java.time.Instant;

/**
 * One backup the provider keeps of a server, ready to restore: its id at the provider, its label
 * where it has one, when it was taken and its size where the provider says.
 */
public record ProviderBackup(String id, String label, Instant takenAt, Long sizeMb) {}

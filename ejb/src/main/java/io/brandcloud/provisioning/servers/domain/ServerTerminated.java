package io.brandcloud.provisioning.servers.domain;

/**
 * A server was terminated (deleted by its owner, by staff, past retention, by its subscription's
 * end, or at its provider): what hangs on it ends too.
 */
public record ServerTerminated(long serverId, long organisationId) {}

package io.brandcloud.provisioning.servers.domain;

/** Command: the organisation's debt is paid; start its suspended servers again. */
public record ResumeServersAfterPayment(long organisationId) {}

package io.brandcloud.platform.application;

import java.io.Serializable;

/** A new tenant and its first administrator's one-time password, shown to the operator once. */
public record CreatedTenant(TenantView tenant, String adminEmail, String adminOneTimePassword)
    implements Serializable {}

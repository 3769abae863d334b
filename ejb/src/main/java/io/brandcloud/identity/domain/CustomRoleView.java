package io.brandcloud.identity.domain;

import io.brandcloud.access.Permission;
import java.util.Set;

/** A role an organisation defined from permissions. */
public record CustomRoleView(long id, String name, Set<Permission> permissions) {}

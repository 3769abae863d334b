package io.brandcloud.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who is logged in to one realm of this session. */
public record SessionLogin(long userId, String name, String displayName, Set<String> groups)
    implements Serializable {}

package io.brandcloud.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the API under {@code /api} (inside a tenant's base path for tenant resources). */
@ApplicationPath("/api")
public class RestApplication extends Application {}

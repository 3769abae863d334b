package io.brandcloud.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * Mounts the API under {@code /api} (inside a tenant's base path for tenant resources). The OpenAPI
 * document is served at {@code /openapi}; each portal shows it at {@code {base}/api-docs.html}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Brandcloud API",
            version = "1",
            description =
                "Tenant resources live under the tenant's base: its own domain, or /t/{slug} on"
                    + " the platform host. Errors: {\"error\":{\"code\",\"message\",\"details\"}}."
                    + " Lists take ?page=&limit= and answer {\"data\",\"pagination\"}. POSTs accept"
                    + " Idempotency-Key. Rate limits: X-RateLimit-* headers, 429 with"
                    + " Retry-After."),
    security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "password")})
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "apiKey",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description =
          "An API key bc_… with scopes, created on the account page or at /api/v1/api-keys"),
  @SecurityScheme(
      securitySchemeName = "password",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "The portal login; needed to manage API keys")
})
public class RestApplication extends Application {}

package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import io.brandcloud.contracts.MendedDocument;
import jakarta.json.Json;
import java.nio.file.Path;

/**
 * DigitalOcean's document with one loop cut: {@code reserved_ip_action_type} names its subtypes in
 * a discriminator while each subtype is {@code allOf} it, which sends the Java validator from one
 * to the other until its stack overflows. The request body's own discriminator still picks the
 * subtype, and the subtype still requires what the document says; nothing else changes.
 */
final class ReservedIpDocument {

  private static Path mended;

  private ReservedIpDocument() {}

  static synchronized Path path() {
    if (mended == null) {
      mended =
          MendedDocument.of(
              "derived-digitalocean-public.v2.sanitized.json",
              "digitalocean-reserved-ip-mended.json",
              full ->
                  Json.createPointer("/components/schemas/reserved_ip_action_type/discriminator")
                      .remove(full));
    }
    return mended;
  }
}

package io.brandcloud.web.edge;

/**
 * What every answer tells the browser about itself. Faces pages get the same policy from
 * PrimeFaces, which adds a per-request nonce to {@code script-src} (web.xml, {@code
 * primefaces.CSP_POLICY}); everything else (the API, error pages, static files) gets it as it is.
 */
public final class SecurityHeaders {

  /**
   * Styles may be inline because PrimeFaces components and the brand colour use style attributes;
   * scripts may not. Brand logos may come from any HTTPS address.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
          + " script-src 'self'";

  public static final String REFERRER_POLICY = "same-origin";
  public static final String FRAME_OPTIONS = "DENY";
  public static final String CONTENT_TYPE_OPTIONS = "nosniff";
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private SecurityHeaders() {}
}

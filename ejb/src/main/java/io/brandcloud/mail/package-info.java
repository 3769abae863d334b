/**
 * Outgoing e-mail: every message rendered from its type's template (the tenant's wording or
 * Brandcloud's, values formatted in the tenant's locale), written through a transactional outbox
 * with the change that causes it, delivered afterwards through the WildFly mail session, retried
 * with backoff, or kept in the local outbox for the tenant's admins to read when no SMTP server is
 * configured.
 */
package io.brandcloud.mail;

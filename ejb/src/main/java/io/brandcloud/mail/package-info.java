/**
 * Outgoing e-mail through a transactional outbox: written with the change that causes it, delivered
 * afterwards through the WildFly mail session, retried with backoff, or kept in the local outbox
 * for the tenant's admins to read when no SMTP server is configured.
 */
package io.brandcloud.mail;

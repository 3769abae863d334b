/**
 * The staff pages that run the tenant: settings, texts, maintenance, the audit log and the outbox.
 */
package io.brandcloud.web.faces.operations;

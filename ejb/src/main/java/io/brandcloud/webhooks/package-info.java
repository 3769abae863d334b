/**
 * Outgoing webhooks: staff (for the whole tenant) and customers (for their organisation's own
 * objects) register addresses for event types; database triggers write each event once, in the
 * transaction that made the change; a sender posts every delivery, signed, with no transaction
 * open, and retries it with a growing wait.
 */
package io.brandcloud.webhooks;

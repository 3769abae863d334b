/**
 * One transactional outbox for events and commands. A message is written with the change that
 * causes it, one row per handler, and delivered afterwards with the tenant, request id and caller
 * it was published with; a handler's work and the row's "done" commit together, failures are
 * retried with backoff and end as dead letters that staff can retry. Handlers live in the area that
 * reacts, so areas publish instead of calling each other.
 */
package io.brandcloud.outbox;

/**
 * Running a tenant over its API: settings (rate limit, staff 2FA, dunning periods), the audit log,
 * the outgoing mail, and the events and commands a handler gave up on, with a retry for each.
 */
package io.brandcloud.web.rest.operations;

/**
 * How long a tenant keeps what it need not keep for ever (files on closed tickets, sent mail, login
 * records, audit entries), what a purge removed, and the store both go through. Money records are
 * never part of it.
 */
package io.brandcloud.retention.domain;

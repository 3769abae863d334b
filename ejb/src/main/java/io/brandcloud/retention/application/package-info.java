/**
 * The tenant admins' retention policy, and the nightly purge that applies it to one tenant and
 * counts what it removed in the audit log.
 */
package io.brandcloud.retention.application;

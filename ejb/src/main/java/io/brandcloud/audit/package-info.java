/**
 * The per-tenant audit log: logins, security changes, key creation and revocation, and staff
 * actions on money, each with actor, time and client address.
 */
package io.brandcloud.audit;

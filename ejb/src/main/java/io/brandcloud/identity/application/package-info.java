/**
 * Accounts and credentials: sign-up, first tenant admin, password checks for tenant users and
 * platform operators. Passwords are only ever stored as slow salted hashes.
 */
package io.brandcloud.identity.application;

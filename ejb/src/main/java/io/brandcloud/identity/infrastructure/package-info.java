/**
 * How identity's records are stored: the repositories of {@code identity.domain} over the tenant's
 * schema, with their SQL and row mapping, from accounts, organisations and memberships to API keys,
 * mailed tokens, TOTP seeds, recovery codes and the login failure log. Reads named {@code
 * …ForUpdate} lock their rows until the transaction ends. Application services use the interfaces,
 * never these classes, and nothing here checks who calls: that is the services' step before.
 */
package io.brandcloud.identity.infrastructure;

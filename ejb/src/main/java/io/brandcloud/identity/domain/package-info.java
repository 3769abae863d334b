/**
 * Who uses a tenant's portal: reseller staff and customers, stored in the tenant's own schema, the
 * organisations they work in, what proves who they are (API keys, mailed tokens, TOTP seeds and
 * recovery codes, counted login failures), and the repository interfaces services store them
 * through. An account of one tenant does not exist for any other tenant.
 */
package io.brandcloud.identity.domain;

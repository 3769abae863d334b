/**
 * The pages of servers: ordering, one server with its controls, console and usage, and staff's
 * servers, provider connections and reconciliation.
 */
package io.brandcloud.web.faces.provisioning;

/**
 * Outgoing webhooks over REST: the tenant's endpoints for staff, an organisation's for its members,
 * with each endpoint's delivery log, redelivery and a test delivery.
 */
package io.brandcloud.web.rest.webhooks;

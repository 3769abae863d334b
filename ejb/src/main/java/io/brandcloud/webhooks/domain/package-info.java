/** What webhooks are made of: event types, endpoints, deliveries and the signature scheme. */
package io.brandcloud.webhooks.domain;

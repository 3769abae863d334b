/** Registering webhook endpoints, reading their deliveries, and sending them. */
package io.brandcloud.webhooks.application;

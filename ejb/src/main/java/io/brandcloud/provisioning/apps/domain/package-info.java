/**
 * One-click apps: a tenant's cloud-init templates with fields the customer fills when ordering a
 * server.
 */
package io.brandcloud.provisioning.apps.domain;

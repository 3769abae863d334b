/**
 * What the REST API keeps in the tenant's database for its callers, such as idempotency records.
 */
package io.brandcloud.api;

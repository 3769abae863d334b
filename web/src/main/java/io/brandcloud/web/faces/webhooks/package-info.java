/**
 * The webhooks page, for staff (the tenant's endpoints) and for customers (their organisation's).
 */
package io.brandcloud.web.faces.webhooks;

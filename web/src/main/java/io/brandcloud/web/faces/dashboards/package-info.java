/**
 * The first page after login: the customer's servers and spending, the reseller's business at a
 * glance.
 */
package io.brandcloud.web.faces.dashboards;

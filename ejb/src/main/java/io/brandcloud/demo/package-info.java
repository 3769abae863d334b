/**
 * Demo data for the run command: two branded tenants with a simulator plan, a customer with credit
 * and a server. Only active when {@code BRANDCLOUD_DEMO=true}; it goes through the same services a
 * person would use.
 */
package io.brandcloud.demo;

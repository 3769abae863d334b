/** Creating and listing a tenant's plans; prices are fixed when the plan is saved. */
package io.brandcloud.catalog.application;

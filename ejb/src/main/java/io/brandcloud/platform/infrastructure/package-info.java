/**
 * JDBC work the platform does outside JPA: creating, migrating and dropping tenant schemas with
 * Liquibase.
 */
package io.brandcloud.platform.infrastructure;

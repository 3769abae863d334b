/**
 * The retention policy's columns and the purge's deletes, in SQL over the tables each kept kind
 * lives in.
 */
package io.brandcloud.retention.infrastructure;

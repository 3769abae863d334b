/** The exports' rows and chunks, and the reads of a person's data across the tenant's tables. */
package io.brandcloud.privacy.infrastructure;

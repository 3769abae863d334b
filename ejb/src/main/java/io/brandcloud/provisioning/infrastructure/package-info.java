/** Provider implementations. The built-in simulator keeps its state in the tenant's schema. */
package io.brandcloud.provisioning.infrastructure;

/** Settings each tenant's admins change for their own portal and API. */
package io.brandcloud.settings;

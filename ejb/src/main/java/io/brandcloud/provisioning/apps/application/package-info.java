/** The one-click apps staff keep and customers order servers with. */
package io.brandcloud.provisioning.apps.application;

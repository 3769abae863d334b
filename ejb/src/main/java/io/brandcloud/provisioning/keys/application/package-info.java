/** Customers keep SSH keys per organisation and choose them when a server is built or rebuilt. */
package io.brandcloud.provisioning.keys.application;

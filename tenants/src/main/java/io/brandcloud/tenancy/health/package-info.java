/**
 * MicroProfile Health checks of one node, served by the server's management interface ({@code
 * /health/live}, {@code /health/ready}, {@code /health/started}): a dependency the node cannot work
 * without (the databases, the migrated schemas) takes it out of the load balancer; one that only
 * slows part of the work down (mail, a queue falling behind, a provider that fails its check) is
 * reported as {@code degraded} in the check's data while the node stays up.
 */
package io.brandcloud.tenancy.health;

package io.brandcloud.metrics;

import java.util.List;
import java.util.function.Function;

/** One tenant's figures at a reading, for gauges. */
record TenantFigure(String tenant, long runningServers, long ticketsWaiting) {

  /**
   * One query over the given tenants' schemas. Slugs are lower-case letters, digits and hyphens
   * (TenantSchema checks them), safe as literals.
   */
  static String query(List<String> slugs, Function<String, String> schemaOf) {
    StringBuilder sql = new StringBuilder();
    for (String slug : slugs) {
      if (!sql.isEmpty()) {
        sql.append(" UNION ALL ");
      }
      String schema = schemaOf.apply(slug);
      sql.append("SELECT '")
          .append(slug)
          .append("', (SELECT count(*) FROM ")
          .append(schema)
          .append(".servers WHERE status = 'RUNNING'), (SELECT count(*) FROM ")
          .append(schema)
          .append(".support_tickets WHERE status IN ('OPEN', 'WAITING_FOR_STAFF'))");
    }
    return sql.toString();
  }
}

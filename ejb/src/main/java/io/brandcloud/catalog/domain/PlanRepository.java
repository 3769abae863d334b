package io.brandcloud.catalog.domain;

import java.util.List;
import java.util.Optional;

/** The plans the current tenant sells. */
public interface PlanRepository {

  void add(Plan plan);

  Optional<Plan> find(long planId);

  /** Every plan, cheapest first. */
  List<Plan> all();
}

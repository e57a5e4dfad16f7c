package org.liveblog.analytics.warehouse;

/** Test access to the warehouse's crash hook from other packages. */
public final class WarehouseHooks {

  private WarehouseHooks() {}

  public static void crashAfterFirstTable(Warehouse warehouse) {
    warehouse.afterEachPublish(table -> {
      throw new IllegalStateException("simulated crash after publishing " + table.name());
    });
  }
}

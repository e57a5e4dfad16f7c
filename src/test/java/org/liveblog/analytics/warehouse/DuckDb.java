package org.liveblog.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory DuckDB session over JDBC, as an analyst opens one, for tests of views.sql. */
final class DuckDb implements AutoCloseable {

  private final Connection connection;
  private final Statement statement;

  DuckDb() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    statement = connection.createStatement();
  }

  /** Runs a whole file as one script, as {@code duckdb -c ".read views.sql"} does: the first error stops it. */
  DuckDb load(Path script) throws SQLException {
    try {
      statement.execute(Files.readString(script));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  void execute(String sql) throws SQLException {
    statement.execute(sql);
  }

  /** Every row of a query, each as its columns' values. */
  List<List<Object>> rows(String query) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  long count(String viewOrQuery) throws SQLException {
    String from = viewOrQuery.contains(" ") ? "(" + viewOrQuery + ")" : viewOrQuery;
    return ((Number) rows("SELECT count(*) FROM " + from).get(0).get(0)).longValue();
  }

  /** A view's columns and their DuckDB types, in order. */
  Map<String, String> columns(String viewOrQuery) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    for (List<Object> row : rows("DESCRIBE " + viewOrQuery)) {
      columns.put((String) row.get(0), (String) row.get(1));
    }
    return columns;
  }

  /** Names of the views the session has. */
  List<String> views() throws SQLException {
    return rows("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name").stream()
        .map(r -> (String) r.get(0)).toList();
  }

  @Override
  public void close() throws SQLException {
    statement.close();
    connection.close();
  }
}

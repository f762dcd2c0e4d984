package org.itsmflow.benchmark;

/**
 * Command-line options of the benchmark (docs/benchmark.md).
 *
 * @param db h2, postgres (embedded PostgreSQL 16) or url (an external database: dbUrl/dbUser/dbPassword)
 * @param only the one scenario to run (lifecycle, storm or growth; start-up is always measured), or null for all
 * @param topStatements how many of the most frequent statements of a lifecycle results.json lists
 */
record BenchmarkOptions(
    String db, String dbUrl, String dbUser, String dbPassword, int clients, int lifecycles, int stormSize,
    int growthSmall, int growthLarge, int queryRepeats, boolean quick, String only, int topStatements) {

  boolean runs(String scenario) {
    return only == null || only.equals(scenario);
  }

  static BenchmarkOptions parse(String[] args) {
    String db = "h2";
    String url = null;
    String user = null;
    String password = null;
    Integer clients = null;
    Integer lifecycles = null;
    Integer storm = null;
    Integer growthSmall = null;
    Integer growthLarge = null;
    boolean quick = false;
    String only = null;
    int top = 25;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db" -> db = args[++i];
        case "--db-url" -> url = args[++i];
        case "--db-user" -> user = args[++i];
        case "--db-password" -> password = args[++i];
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--lifecycles" -> lifecycles = Integer.parseInt(args[++i]);
        case "--storm" -> storm = Integer.parseInt(args[++i]);
        case "--growth" -> {
          growthSmall = Integer.parseInt(args[++i]);
          growthLarge = Integer.parseInt(args[++i]);
        }
        case "--quick" -> quick = true;
        case "--only" -> only = args[++i];
        case "--top" -> top = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; see docs/benchmark.md");
      }
    }
    if (!db.equals("h2") && !db.equals("postgres") && !db.equals("url")) {
      throw new IllegalArgumentException("--db must be h2, postgres or url");
    }
    if (only != null && !only.equals("lifecycle") && !only.equals("storm") && !only.equals("growth")) {
      throw new IllegalArgumentException("--only must be lifecycle, storm or growth");
    }
    if (db.equals("url") && url == null) {
      throw new IllegalArgumentException("--db url needs --db-url jdbc:postgresql://...");
    }
    return new BenchmarkOptions(db, url, user, password,
        clients != null ? clients : 16,
        lifecycles != null ? lifecycles : (quick ? 160 : 2000),
        storm != null ? storm : (quick ? 500 : 10_000),
        growthSmall != null ? growthSmall : (quick ? 1_000 : 10_000),
        growthLarge != null ? growthLarge : (quick ? 10_000 : 100_000),
        quick ? 50 : 200,
        quick, only, top);
  }
}

#ifndef NASTAVNIK_SQLITE_PLANNING_H
#define NASTAVNIK_SQLITE_PLANNING_H

/// Makes SQLite plan each statement of the connection once, whatever values are bound to it later (the query planner
/// stability guarantee). Without it a kept statement whose plan looked at a bound value is prepared again on its next
/// run. `connection` is an open `sqlite3 *` of the library SQLiteNIO bundles; returns 0 when the guarantee is on.
int nastavnik_sqlite_plan_once(void *connection);

#endif

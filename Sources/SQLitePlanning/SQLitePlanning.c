#include "SQLitePlanning.h"

// `sqlite3_db_config` takes variable arguments, which Swift cannot pass; SQLiteNIO bundles SQLite with its names
// prefixed, and 1007 is `SQLITE_DBCONFIG_ENABLE_QPSG` in its `sqlite3.h`.
extern int sqlite_nio_sqlite3_db_config(void *connection, int option, ...);

int nastavnik_sqlite_plan_once(void *connection) {
    int enabled = 0;
    int status = sqlite_nio_sqlite3_db_config(connection, 1007, 1, &enabled);
    if (status != 0) return status;
    return enabled ? 0 : 1;
}

// Readiness: the server answers a query.
RETURN 1 AS ready

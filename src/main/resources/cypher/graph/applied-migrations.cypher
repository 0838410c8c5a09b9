// The migrations neo4j-migrations has recorded as applied to the default target, with their
// checksums. Read at start to skip the tool's full run (lock, connection checks, chain
// validation: a dozen statements in a cold JVM) when the store already holds the bundled chain.
MATCH (m:__Neo4jMigration)
WHERE m.version <> 'BASELINE' AND m.migrationTarget IS NULL
RETURN m.version AS version, m.checksum AS checksum

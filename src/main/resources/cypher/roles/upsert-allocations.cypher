// Creates or updates allocations, identified by person, process, pool and start date.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (e:Element {code: row.element})
MERGE (p)-[a:ALLOCATED {pool: row.pool, from: row.from}]->(e)
SET a.percent = row.percent, a.to = row.to
RETURN count(a) AS written

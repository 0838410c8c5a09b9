// Creates or updates resource pools with their one resursägare and their members.
UNWIND $rows AS row
MERGE (r:ResourcePool {id: row.id})
SET r.name = row.name, r.competence = row.competence
WITH r, row
OPTIONAL MATCH (r)<-[old:OWNS_POOL|IN_POOL]-(:Person)
DELETE old
WITH DISTINCT r, row
MATCH (owner:Person {id: row.owner})
MERGE (owner)-[:OWNS_POOL]->(r)
WITH r, row
UNWIND row.members AS memberId
MATCH (m:Person {id: memberId})
MERGE (m)-[:IN_POOL]->(r)
RETURN count(DISTINCT r) AS written

// Those of the resource pools $ids that exist, with the ids of their members.
UNWIND $ids AS id
MATCH (r:ResourcePool {id: id})
RETURN r.id AS id, COLLECT { MATCH (m:Person)-[:IN_POOL]->(r) RETURN m.id } AS members

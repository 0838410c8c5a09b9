// A resource pool, if it exists, and the ids of its members.
MATCH (r:ResourcePool {id: $id})
RETURN r.id AS id, COLLECT { MATCH (m:Person)-[:IN_POOL]->(r) RETURN m.id } AS members

// Every resource pool with its resursägare and number of members, by name.
MATCH (r:ResourcePool)
OPTIONAL MATCH (owner:Person)-[:OWNS_POOL]->(r)
WITH r, owner, COUNT { (:Person)-[:IN_POOL]->(r) } AS members
RETURN r {.id, .name, .competence} AS pool, owner {.id, .name, .title} AS owner, members
ORDER BY r.name, r.id

// Every resource pool with its resursägare and members, for a diagram snapshot.
MATCH (r:ResourcePool)
OPTIONAL MATCH (o:Person)-[:OWNS_POOL]->(r)
OPTIONAL MATCH (m:Person)-[:IN_POOL]->(r)
WITH r, head(collect(DISTINCT o.id)) AS owner, collect(DISTINCT m.id) AS members
RETURN r.id AS id, r.name AS name, r.competence AS competence, owner, members
ORDER BY id

// The people $ids that exist, with their own fields and unit: what a change's person and role
// operations are checked against in memory.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(o:OrgUnit)
WITH p, head(collect(o.id)) AS unit
RETURN p {.id, .name, .title, .email, .managerId} AS person, unit

// One person's own fields and unit, read in a write transaction: the "before" and "after" of a
// change, and the base for updating some of the fields.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(o:OrgUnit)
RETURN p {.id, .name, .title, .email} AS person, o.id AS unit

// Creates or updates people and the unit each belongs to.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.title = row.title, p.email = row.email, p.managerId = row.manager
WITH p, row
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(:OrgUnit)
DELETE old
WITH DISTINCT p, row
OPTIONAL MATCH (o:OrgUnit {id: row.unit})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (p)-[:MEMBER_OF]->(o))
RETURN count(p) AS written

// Creates or updates organisational units, then links each to its parent unit.
UNWIND $rows AS row
MERGE (o:OrgUnit {id: row.id})
SET o.name = row.name, o.kind = row.kind
WITH o, row
OPTIONAL MATCH (o)-[old:PART_OF]->(:OrgUnit)
DELETE old
WITH DISTINCT o, row
OPTIONAL MATCH (p:OrgUnit {id: row.parent})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (o)-[:PART_OF]->(p))
RETURN count(o) AS written

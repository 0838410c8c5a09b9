// Creates or updates elements and links each to its parent. The rows come sorted by level, so a
// parent in the same batch is written before its children.
UNWIND $rows AS row
MERGE (e:Element {code: row.code})
SET e.name = row.name, e.description = row.description, e.purpose = row.purpose,
    e.recipient = row.recipient, e.status = row.status, e.level = row.level, e.sortKey = row.sortKey
FOREACH (_ IN CASE WHEN row.level = 1 THEN [1] ELSE [] END | SET e:BusinessType)
FOREACH (_ IN CASE WHEN row.level = 2 THEN [1] ELSE [] END | SET e:BusinessArea)
FOREACH (_ IN CASE WHEN row.level = 3 THEN [1] ELSE [] END | SET e:ProcessGroup)
FOREACH (_ IN CASE WHEN row.level = 4 THEN [1] ELSE [] END | SET e:Process)
FOREACH (_ IN CASE WHEN row.level = 5 THEN [1] ELSE [] END | SET e:Activity)
WITH e, row
OPTIONAL MATCH (p:Element {code: row.parent})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (e)-[:PART_OF]->(p))
RETURN count(e) AS written

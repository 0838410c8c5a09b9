// Creates or updates role relationships. A role is identified by its kind, person, element and
// start date; the rest of it (end date, competence, delegation) is updated in place.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (e:Element {code: row.element})
FOREACH (_ IN CASE WHEN row.kind = 'OWNER' THEN [1] ELSE [] END |
  MERGE (p)-[r:OWNER {from: row.from}]->(e)
  SET r.to = row.to, r.delegatedBy = row.delegatedBy, r.delegatedAt = row.delegatedAt)
FOREACH (_ IN CASE WHEN row.kind = 'LEAD' THEN [1] ELSE [] END |
  MERGE (p)-[r:LEAD {from: row.from}]->(e)
  SET r.to = row.to)
FOREACH (_ IN CASE WHEN row.kind = 'TEAM_MEMBER' THEN [1] ELSE [] END |
  MERGE (p)-[r:TEAM_MEMBER {from: row.from}]->(e)
  SET r.to = row.to, r.competence = row.competence)
RETURN count(*) AS written

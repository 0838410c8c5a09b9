// Every owner, lead and team role on the elements $codes, with the holder's name, oldest first:
// what a change's role operations are checked against in memory.
UNWIND $codes AS code
MATCH (p:Person)-[r:OWNER|LEAD|TEAM_MEMBER]->(e:Element {code: code})
RETURN e.code AS code, type(r) AS kind, p.id AS person, p.name AS name, r.from AS from,
       r.to AS to, r.competence AS competence, r.delegatedBy AS delegatedBy,
       r.delegatedAt AS delegatedAt
ORDER BY r.from

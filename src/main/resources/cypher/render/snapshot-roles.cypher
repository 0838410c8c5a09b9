// Every role relationship with its period, for a diagram snapshot; the renderer picks those
// active on the diagram's date.
MATCH (p:Person)-[r:OWNER|LEAD|TEAM_MEMBER]->(e:Element)
RETURN type(r) AS kind, p.id AS person, e.code AS element, r.from AS from, r.to AS to,
       r.competence AS competence, r.delegatedBy AS delegatedBy, r.delegatedAt AS delegatedAt
ORDER BY element, kind, person, from

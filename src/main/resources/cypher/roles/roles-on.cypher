// Every role relationship of one kind on an element, for every date, with the holder's name.
MATCH (p:Person)-[r]->(e:Element {code: $code})
WHERE type(r) = $kind
RETURN p.id AS person, p.name AS name, r.from AS from, r.to AS to, r.competence AS competence,
       r.delegatedBy AS delegatedBy, r.delegatedAt AS delegatedAt
ORDER BY r.from

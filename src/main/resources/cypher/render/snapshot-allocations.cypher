// Every allocation of a person to an element from a pool, with its period, for a diagram snapshot.
MATCH (p:Person)-[a:ALLOCATED]->(e:Element)
RETURN p.id AS person, e.code AS element, a.pool AS pool, a.percent AS percent, a.from AS from,
       a.to AS to
ORDER BY element, person, pool, from
